using Microsoft.Playwright;

namespace UnionHome.BrowserTests;

internal static class PageExtensions
{
    /// <summary>Clicks a submit button and waits until the redirect after the post has landed.</summary>
    public static async Task SubmitAndWaitForAsync(this IPage page, string buttonSelector, string urlGlob)
    {
        var landed = page.WaitForURLAsync(urlGlob, new PageWaitForURLOptions { Timeout = 60_000 });
        await page.ClickAsync(buttonSelector);
        await landed;
    }
}
