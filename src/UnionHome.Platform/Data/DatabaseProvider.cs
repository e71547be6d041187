namespace UnionHome.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
