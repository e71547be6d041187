using System.Net.Http.Json;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Web;

[Collection(PlatformCollection.Name)]
public sealed class PagingTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null, null, 1, 20, 0)]
    [InlineData(3, 50, 3, 50, 100)]
    [InlineData(0, 0, 1, 1, 0)]
    [InlineData(-4, 1000, 1, 100, 0)]
    public void A_page_request_counts_from_one_and_never_asks_for_more_than_a_hundred_rows(int? page, int? pageSize, int number, int size, int skip)
    {
        var request = new PageRequest(page, pageSize);

        (request.Number, request.Size, request.Skip).ShouldBe((number, size, skip));
    }

    [Fact]
    public void A_list_held_in_memory_pages_like_a_query()
    {
        var page = Paged<int>.Of(Enumerable.Range(1, 45), new PageRequest(3, 20));

        page.Items.ShouldBe([41, 42, 43, 44, 45]);
        (page.Total, page.Page, page.PageSize).ShouldBe((45, 3, 20));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Walking_the_pages_of_a_list_endpoint_visits_every_row_once(DatabaseProvider provider)
    {
        var anonymous = apps[provider].Anonymous();
        var seen = new List<string>();
        Paged<RegionResponse> page;
        var number = 1;
        do
        {
            page = (await anonymous.GetFromJsonAsync<Paged<RegionResponse>>($"/api/v1/regions/86/children?page={number++}&pageSize=7", WireJson.Options, Ct))!;
            page.Items.Count.ShouldBeLessThanOrEqualTo(7);
            seen.AddRange(page.Items.Select(r => r.Code));
        }
        while (page.Page * page.PageSize < page.Total);

        seen.Count.ShouldBe(page.Total);
        seen.ShouldBeUnique();
        seen.ShouldContain("330000");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_page_past_the_end_is_empty_but_still_tells_the_total(DatabaseProvider provider)
    {
        var page = (await apps[provider].Anonymous().GetFromJsonAsync<Paged<RegionResponse>>("/api/v1/regions/86/children?page=99", WireJson.Options, Ct))!;

        page.Items.ShouldBeEmpty();
        page.Total.ShouldBeGreaterThan(30);
        page.Page.ShouldBe(99);
    }
}
