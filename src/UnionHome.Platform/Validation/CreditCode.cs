namespace UnionHome.Platform.Validation;

/// <summary>An 18-character unified social credit code of an organisation (GB 32100-2015).</summary>
public readonly record struct CreditCode
{
    private const int Length = 18;

    // GB 32100: no I, O, S, V or Z, which read like 1, 0, 5, U and 2
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // GB 32100: weight of position i is 3^i mod 31
    private static ReadOnlySpan<byte> Weights => [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private const char TradeUnionAuthority = '8';

    private readonly string? _value;

    private CreditCode(string value) => _value = value;

    /// <summary>The full code, e.g. 91350100M000100Y43.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Who registered the organisation: '1' establishment offices, '5' civil affairs, '8' trade unions, '9' market regulation…</summary>
    public char RegistrationAuthority => Value[0];

    /// <summary>The GB/T 2260 code of the registering authority's area (characters 3 to 8).</summary>
    public string RegionCode => Value.Substring(2, 6);

    /// <summary>Registered by a trade union ('8') as a union organisation ('1').</summary>
    public bool IsTradeUnion => Value.StartsWith("81", StringComparison.Ordinal);

    public override string ToString() => Value;

    public static CreditCode Parse(string? input) =>
        TryParse(input, out var code, out var failure)
            ? code
            : throw new FormatException($"Not a valid unified social credit code: {ValidationMessages.Code(failure)}.");

    public static bool TryParse(string? input, out CreditCode value, out ValidationFailure failure)
    {
        failure = Validate(input, out var compact);
        value = failure == ValidationFailure.None ? new CreditCode(compact) : default;
        return failure == ValidationFailure.None;
    }

    private static ValidationFailure Validate(string? input, out string compact)
    {
        compact = string.Empty;
        if (string.IsNullOrWhiteSpace(input))
            return ValidationFailure.Empty;
        compact = InputText.Compact(input).ToUpperInvariant();
        if (InputText.LooksLikeExcelNumber(compact))
            return ValidationFailure.LooksLikeExcelNumber;
        if (compact.Length != Length)
            return ValidationFailure.WrongLength;
        if (compact.AsSpan().ContainsAnyExcept(Alphabet))
            return ValidationFailure.BadCharacter;
        if (compact.AsSpan(2, 6).ContainsAnyExceptInRange('0', '9'))
            return ValidationFailure.BadRegion;
        if (CheckCharacter(compact.AsSpan(0, 17)) != compact[17])
            return ValidationFailure.BadChecksum;
        return ValidationFailure.None;
    }

    private static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        return Alphabet[(31 - sum % 31) % 31];
    }
}
