using System.Diagnostics.CodeAnalysis;

namespace UnionHome.Platform.Errors;

/// <summary>The one result type: a value, or an expected <see cref="Error"/>.</summary>
public readonly struct Result<T>
{
    private readonly T? value;

    private Result(T? value, Error? error)
    {
        this.value = value;
        Error = error;
    }

    public Error? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public T Value => Succeeded ? value! : throw new InvalidOperationException($"No value: {Error.Code}");

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(Error error) => new(default, error);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
}
