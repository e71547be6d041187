namespace UnionHome.Platform.Errors;

public static class CommonErrors
{
    public static readonly Error NotFound = Error.NotFound("not_found", "未找到该记录，或您无权查看");
}
