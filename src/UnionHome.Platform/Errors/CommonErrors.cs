namespace UnionHome.Platform.Errors;

public static class CommonErrors
{
    public static readonly Error NotFound = Error.NotFound("not_found", "未找到该记录，或您无权查看");
    public static Error Required(string field) => Error.Validation("required", $"{field} 不能为空", field);
}
