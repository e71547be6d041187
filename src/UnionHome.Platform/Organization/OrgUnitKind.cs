namespace UnionHome.Platform.Organization;

public enum OrgUnitKind
{
    ProvinceFederation,
    CityFederation,
    DistrictFederation,
    StreetFederation,
    GrassrootsUnion,
    JointUnion,
    IndustryUnion,
    GigWorkerJointUnion,
}

public static class OrgUnitKinds
{
    public static bool IsFederation(this OrgUnitKind kind) => kind <= OrgUnitKind.StreetFederation;
}
