using UnionHome.Platform.Regions;

namespace UnionHome.Tests.Regions;

public sealed class RegionDirectoryTests
{
    private static readonly RegionDirectory Regions = RegionDirectory.LoadEmbedded();

    [Fact]
    public void Zhejiang_has_eleven_prefecture_level_cities_including_zhoushan()
    {
        var cities = Regions.ChildrenOf("330000");

        cities.Count.ShouldBe(11);
        cities.ShouldContain(r => r.Code == "330900" && r.Name == "舟山市" && r.Level == RegionLevel.Prefecture);
    }

    [Fact]
    public void Baiyun_district_lies_under_guiyang_under_guizhou()
    {
        Regions.Find("520113")!.Name.ShouldBe("白云区");
        Regions.AncestorsOf("520113").Select(r => r.Name).ShouldBe(["贵州省", "贵阳市"]);
    }

    [Fact]
    public void A_province_covers_its_counties_and_a_city_does_not_cover_another_citys_districts()
    {
        Regions.Covers("330000", "330902").ShouldBeTrue();
        Regions.Covers("330900", "330902").ShouldBeTrue();
        Regions.Covers("330100", "330902").ShouldBeFalse();
        Regions.Covers("330902", "330902").ShouldBeTrue();
    }

    [Fact]
    public void Municipality_districts_hang_directly_under_the_municipality()
    {
        Regions.Find("110101")!.ParentCode.ShouldBe("110000");
        Regions.ChildrenOf("110000").Count.ShouldBe(16);
    }

    [Fact]
    public void County_level_cities_directly_under_a_province_hang_under_the_province()
    {
        Regions.Find("429004")!.Name.ShouldBe("仙桃市");
        Regions.Find("429004")!.ParentCode.ShouldBe("420000");
    }

    [Fact]
    public void No_placeholder_division_is_left_in_the_data()
    {
        Regions.ChildrenOf(RegionDirectory.China).Concat(Regions.ChildrenOf("110000"))
            .ShouldNotContain(r => r.Name == "市辖区" || r.Name == "县" || r.Name.EndsWith("直辖县级行政区划", StringComparison.Ordinal));
    }

    [Fact]
    public void The_country_has_34_provincial_divisions_and_thousands_of_counties()
    {
        Regions.ChildrenOf(RegionDirectory.China).Count.ShouldBe(34);
        Regions.Count.ShouldBeGreaterThan(3000);
    }
}

public sealed class RegionResolutionTests
{
    private static readonly RegionDirectory Regions = RegionDirectory.LoadEmbedded();

    [Theory]
    [InlineData("520113", "520113")]
    [InlineData("贵阳市白云区", "520113")]
    [InlineData("贵州省贵阳市白云区", "520113")]
    [InlineData("贵阳 白云区", "520113")]
    [InlineData("广州市白云区", "440111")]
    [InlineData("舟山市定海区", "330902")]
    public void A_written_county_resolves_to_its_code(string text, string code)
    {
        Regions.Resolve(text).Select(r => r.Code).ShouldBe([code]);
    }

    [Fact]
    public void A_county_name_shared_by_two_cities_is_ambiguous()
    {
        Regions.Resolve("白云区").Select(r => r.Code).ShouldBe(["440111", "520113"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("火星市")]
    [InlineData("杭州市白云区")]
    public void Nonsense_resolves_to_nothing(string text)
    {
        Regions.Resolve(text).ShouldBeEmpty();
    }
}
