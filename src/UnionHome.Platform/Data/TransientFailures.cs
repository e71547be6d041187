using System.Data.Common;
using Npgsql;

namespace UnionHome.Platform.Data;

/// <summary>
/// A database restarting, failing over, out of connections or briefly locked is a moment, not a bug: a client is
/// told 503 with Retry-After instead of 500, and may retry; bookings and case filings carry a clientRequestId, so
/// their retry cannot do the work twice. A background worker puts its work back rather than failing it. Npgsql
/// discards a broken connection, so the next attempt opens a fresh one.
/// </summary>
public static class TransientFailures
{
    public const int RetryAfterSeconds = 2;

    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // 08: connection exception, 53: insufficient resources, 57P: operator intervention (shutdown, restart).
                case PostgresException pg when pg.SqlState.StartsWith("08", StringComparison.Ordinal)
                    || pg.SqlState.StartsWith("53", StringComparison.Ordinal)
                    || pg.SqlState.StartsWith("57P", StringComparison.Ordinal):
                case DbException { IsTransient: true }:
                    return true;
            }
        }

        return false;
    }
}
