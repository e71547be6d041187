namespace UnionHome.Platform.Errors;

public enum ErrorKind
{
    Validation,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    TooManyRequests,
    Unavailable,
    TooLarge,
}

/// <summary>An expected failure: a stable machine code, a Chinese message for people, the field it concerns.</summary>
public sealed record Error(ErrorKind Kind, string Code, string Message, string? Field = null)
{
    public static Error Validation(string code, string message, string field) => new(ErrorKind.Validation, code, message, field);
    public static Error NotFound(string code, string message) => new(ErrorKind.NotFound, code, message);
    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);
    public static Error Unauthorized(string code, string message) => new(ErrorKind.Unauthorized, code, message);
    public static Error Forbidden(string code, string message) => new(ErrorKind.Forbidden, code, message);
    public static Error TooManyRequests(string code, string message) => new(ErrorKind.TooManyRequests, code, message);
    public static Error Unavailable(string code, string message) => new(ErrorKind.Unavailable, code, message);
    public static Error TooLarge(string code, string message) => new(ErrorKind.TooLarge, code, message);
}
