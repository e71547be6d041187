using UnionHome.Cases.Geo;

namespace UnionHome.Tests.Cases;

public sealed class ChinaCoordinatesTests
{
    // Published WGS-84 → GCJ-02 pairs, the reference cases of the eviltransform project (googollee/eviltransform).
    [Theory]
    [InlineData(31.1774276, 121.5272106, 31.17530398364597, 121.531541859215)]
    [InlineData(22.543847, 113.912316, 22.540796131694766, 113.9171764808363)]
    [InlineData(39.911954, 116.377817, 39.91334545536069, 116.38404722455657)]
    public void A_point_in_china_lands_within_a_metre_of_its_published_gcj02_position(double wgsLat, double wgsLng, double gcjLat, double gcjLng)
    {
        var (lat, lng) = ChinaCoordinates.ToGcj02(wgsLat, wgsLng);

        MetresBetween(lat, lng, gcjLat, gcjLng).ShouldBeLessThan(1.0);
        MetresBetween(wgsLat, wgsLng, gcjLat, gcjLng).ShouldBeGreaterThan(100.0);
    }

    [Fact]
    public void A_point_in_tokyo_is_left_as_it_is()
    {
        ChinaCoordinates.ToGcj02(35.6812, 139.7671).ShouldBe((35.6812, 139.7671));
    }

    private static double MetresBetween(double lat1, double lng1, double lat2, double lng2)
    {
        const double metresPerDegree = 111_320.0;
        var north = (lat2 - lat1) * metresPerDegree;
        var east = (lng2 - lng1) * metresPerDegree * Math.Cos(lat1 * Math.PI / 180.0);
        return Math.Sqrt((north * north) + (east * east));
    }
}
