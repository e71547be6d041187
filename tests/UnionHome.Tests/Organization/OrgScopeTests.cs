using UnionHome.Platform.Organization;

namespace UnionHome.Tests.Organization;

public sealed class OrgScopeTests
{
    private static readonly OrgUnit Zhejiang = OrgUnit.CreateRoot(Guid.NewGuid(), "ZJ", "浙江省总工会", OrgUnitKind.ProvinceFederation, "330000", null);
    private static readonly OrgUnit Zhoushan = Zhejiang.AddChild(Guid.NewGuid(), "ZJ-ZS", "舟山市总工会", OrgUnitKind.CityFederation, "330900", null);
    private static readonly OrgUnit Dinghai = Zhoushan.AddChild(Guid.NewGuid(), "ZJ-ZS-DH", "定海区总工会", OrgUnitKind.DistrictFederation, "330902", null);
    private static readonly OrgUnit Hangzhou = Zhejiang.AddChild(Guid.NewGuid(), "ZJ-HZ", "杭州市总工会", OrgUnitKind.CityFederation, "330100", null);

    private static OrgScope StaffAt(OrgUnit unit) => new(unit.Path);

    [Fact]
    public void A_child_path_extends_its_parents_path()
    {
        Dinghai.Path.ShouldStartWith(Zhoushan.Path);
        Dinghai.Depth.ShouldBe(2);
        Dinghai.ParentId.ShouldBe(Zhoushan.Id);
    }

    [Fact]
    public void A_city_officer_sees_their_city_and_everything_below_it()
    {
        StaffAt(Zhoushan).Covers(Zhoushan).ShouldBeTrue();
        StaffAt(Zhoushan).Covers(Dinghai).ShouldBeTrue();
    }

    [Fact]
    public void A_city_officer_sees_nothing_beside_or_above_their_city()
    {
        StaffAt(Zhoushan).Covers(Hangzhou).ShouldBeFalse();
        StaffAt(Zhoushan).Covers(Zhejiang).ShouldBeFalse();
    }

    [Fact]
    public void A_city_officers_own_chain_runs_from_the_root_down_to_their_city()
    {
        StaffAt(Zhoushan).OwnChain.ShouldBe([Zhejiang.Id, Zhoushan.Id]);
        OrgScope.Everything.OwnChain.ShouldBeEmpty();
    }

    [Fact]
    public void Only_a_subtree_is_covered_a_member_has_none()
    {
        OrgScope.Nothing.Covers(Zhoushan).ShouldBeFalse();
        OrgScope.Nothing.CoversSubtree.ShouldBeFalse();
    }

    [Fact]
    public void Nobody_without_a_place_in_the_tree_sees_anything_and_an_unattached_admin_sees_everything()
    {
        OrgScope.Nothing.Covers(Zhejiang).ShouldBeFalse();
        OrgScope.Everything.Covers(Dinghai).ShouldBeTrue();
    }

    [Fact]
    public void A_path_prefix_of_similar_ids_does_not_leak_into_a_sibling()
    {
        var sibling = Zhejiang.AddChild(Guid.Parse(Zhoushan.Id.ToString()[..^1] + (Zhoushan.Id.ToString()[^1] == 'a' ? 'b' : 'a')), "ZJ-X", "x", OrgUnitKind.CityFederation, "330200", null);

        StaffAt(Zhoushan).Covers(sibling).ShouldBeFalse();
    }
}
