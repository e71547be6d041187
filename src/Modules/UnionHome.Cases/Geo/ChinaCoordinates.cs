namespace UnionHome.Cases.Geo;

/// <summary>
/// Devices report WGS-84 and we store that; maps published in China (Amap, Tencent) draw in GCJ-02, the national datum
/// that shifts points by up to a few hundred metres. Convert only for display.
/// </summary>
internal static class ChinaCoordinates
{
    // The Krasovsky 1940 ellipsoid the published transform is built on: semi-major axis (m) and first eccentricity squared.
    private const double A = 6378245.0;
    private const double Ee = 0.00669342162296594323;

    /// <summary>The GCJ-02 position of a WGS-84 point; points outside mainland China's rough bounding box are returned as they are.</summary>
    public static (double Lat, double Lng) ToGcj02(double wgsLat, double wgsLng)
    {
        if (!InChinaBox(wgsLat, wgsLng))
        {
            return (wgsLat, wgsLng);
        }

        // The offsets come out in metres on a plane centred at 35°N 105°E, then become degrees on the ellipsoid at this latitude.
        var x = wgsLng - 105.0;
        var y = wgsLat - 35.0;
        var latRadians = wgsLat / 180.0 * Math.PI;
        var sinLat = Math.Sin(latRadians);
        var w = 1 - (Ee * sinLat * sinLat);
        var sqrtW = Math.Sqrt(w);
        var meridianRadius = A * (1 - Ee) / (w * sqrtW);
        var parallelRadius = A / sqrtW * Math.Cos(latRadians);

        var dLat = LatitudeOffset(x, y) * 180.0 / (meridianRadius * Math.PI);
        var dLng = LongitudeOffset(x, y) * 180.0 / (parallelRadius * Math.PI);
        return (wgsLat + dLat, wgsLng + dLng);
    }

    // Rough: it takes in Mongolia, the Korean peninsula and Taiwan too, as every implementation of the transform does.
    private static bool InChinaBox(double lat, double lng) =>
        lng is >= 72.004 and <= 137.8347 && lat is >= 0.8293 and <= 55.8271;

    private static double LatitudeOffset(double x, double y) =>
        -100.0 + (2.0 * x) + (3.0 * y) + (0.2 * y * y) + (0.1 * x * y) + (0.2 * Math.Sqrt(Math.Abs(x)))
        + Waves(x)
        + ((20.0 * Math.Sin(y * Math.PI)) + (40.0 * Math.Sin(y / 3.0 * Math.PI))) * 2.0 / 3.0
        + ((160.0 * Math.Sin(y / 12.0 * Math.PI)) + (320.0 * Math.Sin(y * Math.PI / 30.0))) * 2.0 / 3.0;

    private static double LongitudeOffset(double x, double y) =>
        300.0 + x + (2.0 * y) + (0.1 * x * x) + (0.1 * x * y) + (0.1 * Math.Sqrt(Math.Abs(x)))
        + Waves(x)
        + ((20.0 * Math.Sin(x * Math.PI)) + (40.0 * Math.Sin(x / 3.0 * Math.PI))) * 2.0 / 3.0
        + ((150.0 * Math.Sin(x / 12.0 * Math.PI)) + (300.0 * Math.Sin(x / 30.0 * Math.PI))) * 2.0 / 3.0;

    private static double Waves(double x) =>
        ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
}
