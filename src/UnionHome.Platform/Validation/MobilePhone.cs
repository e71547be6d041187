namespace UnionHome.Platform.Validation;

/// <summary>
/// A mainland China mobile number. <see cref="ToString"/> gives the masked form so the number
/// never reaches a log in clear; read <see cref="Value"/> or <see cref="National"/> on purpose.
/// </summary>
public readonly record struct MobilePhone
{
    private const int NationalLength = 11;
    private const string CountryCode = "86";

    private readonly string? _national;

    private MobilePhone(string national) => _national = national;

    /// <summary>E.164, e.g. +8613800138000, as SMS providers expect.</summary>
    public string Value => _national is null ? string.Empty : "+" + CountryCode + _national;

    /// <summary>The 11 digits as dialled at home, e.g. 13800138000.</summary>
    public string National => _national ?? string.Empty;

    /// <summary>First 3 and last 4 digits, e.g. 138****8000.</summary>
    public string Masked => _national is null ? string.Empty : string.Concat(_national.AsSpan(0, 3), "****", _national.AsSpan(7));

    public override string ToString() => Masked;

    public static MobilePhone Parse(string? input) =>
        TryParse(input, out var phone, out var failure)
            ? phone
            : throw new FormatException($"Not a valid mainland mobile number: {ValidationMessages.Code(failure)}.");

    public static bool TryParse(string? input, out MobilePhone value, out ValidationFailure failure)
    {
        failure = Validate(input, out var national);
        value = failure == ValidationFailure.None ? new MobilePhone(national) : default;
        return failure == ValidationFailure.None;
    }

    private static ValidationFailure Validate(string? input, out string national)
    {
        national = string.Empty;
        if (string.IsNullOrWhiteSpace(input))
            return ValidationFailure.Empty;
        var compact = InputText.Compact(input);
        if (InputText.LooksLikeExcelNumber(compact))
            return ValidationFailure.LooksLikeExcelNumber;
        var digits = compact.Replace("-", "", StringComparison.Ordinal)
            .Replace("(", "", StringComparison.Ordinal)
            .Replace(")", "", StringComparison.Ordinal);
        if (digits.StartsWith('+'))
        {
            if (!digits.StartsWith("+" + CountryCode, StringComparison.Ordinal))
                return ValidationFailure.NotMobile;
            digits = digits[3..];
        }
        else if (digits.Length == NationalLength + 4 && digits.StartsWith("00" + CountryCode, StringComparison.Ordinal))
            digits = digits[4..];
        else if (digits.Length == NationalLength + 2 && digits.StartsWith(CountryCode, StringComparison.Ordinal))
            digits = digits[2..];

        if (digits.AsSpan().ContainsAnyExceptInRange('0', '9'))
            return ValidationFailure.BadCharacter;
        if (digits.Length != NationalLength)
            return ValidationFailure.WrongLength;
        if (digits[0] != '1' || digits[1] is < '3' or > '9')
            return ValidationFailure.NotMobile;
        national = digits;
        return ValidationFailure.None;
    }
}
