using System.Net;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Web;

/// <summary>Issue 12, item 15: a return address is followed only when the framework's own check calls it local.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReturnUrlTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Switching_language_never_sends_the_reader_to_another_site(DatabaseProvider provider)
    {
        // Browsers drop tabs and line breaks inside a URL: "/\t/evil.example" is followed as "//evil.example".
        foreach (var returnUrl in new[] { "/%09/evil.example", "/%0a/evil.example", "//evil.example", "/\\evil.example", "https://evil.example" })
        {
            var response = await apps[provider].Anonymous().GetAsync($"/culture?name=en&returnUrl={returnUrl}", Ct);

            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.OriginalString.ShouldBe("/", returnUrl);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Switching_language_returns_to_the_page_the_reader_was_on(DatabaseProvider provider)
    {
        var response = await apps[provider].Anonymous().GetAsync("/culture?name=en&returnUrl=%2Fme%2Fcard", Ct);

        response.Headers.Location!.OriginalString.ShouldBe("/me/card");
    }
}
