using System.Globalization;

namespace UnionHome.Platform.Validation;

/// <summary>
/// An 18-character resident identity card number (GB 11643-1999). <see cref="ToString"/> gives
/// the masked form so the number never reaches a log in clear; read <see cref="Value"/> on purpose.
/// </summary>
public readonly record struct ResidentIdNumber
{
    private const int Length = 18;
    private const int FirstGenerationLength = 15;
    private const int EarliestBirthYear = 1900;

    // GB 11643 / ISO 7064 MOD 11-2: weight of position i is 2^(17-i) mod 11
    private static ReadOnlySpan<byte> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    // Birth dates are Beijing calendar dates and China has kept UTC+8 without DST since 1991
    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    private readonly string? _value;

    private ResidentIdNumber(string value) => _value = value;

    /// <summary>The full number, e.g. 11010519491231002X. Personal data: do not log it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The GB/T 2260 code of the county where the number was first issued.</summary>
    public string RegionCode => Value[..6];

    public DateOnly BirthDate => ParseBirthDate(Value.AsSpan(6, 8));

    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>First 3 and last 4 characters, e.g. 330***********123X.</summary>
    public string Masked => _value is null ? string.Empty : string.Concat(Value.AsSpan(0, 3), new string('*', 11), Value.AsSpan(14));

    public override string ToString() => Masked;

    public static ResidentIdNumber Parse(string? input, TimeProvider clock) =>
        TryParse(input, clock, out var id, out var failure) ? id : throw Refused(failure);

    public static bool TryParse(string? input, TimeProvider clock, out ResidentIdNumber value, out ValidationFailure failure)
    {
        ArgumentNullException.ThrowIfNull(clock);
        failure = Validate(input, BeijingToday(clock), out var compact);
        value = failure == ValidationFailure.None ? new ResidentIdNumber(compact) : default;
        return failure == ValidationFailure.None;
    }

    /// <summary>Converts a 15-digit first-generation number: "19" goes before its 2-digit year and a check character is added.</summary>
    public static ResidentIdNumber ConvertFrom15(string? input, TimeProvider clock) =>
        TryConvertFrom15(input, clock, out var id, out var failure) ? id : throw Refused(failure);

    public static bool TryConvertFrom15(string? input, TimeProvider clock, out ResidentIdNumber value, out ValidationFailure failure)
    {
        value = default;
        failure = ValidationFailure.None;
        var compact = string.IsNullOrWhiteSpace(input) ? string.Empty : InputText.Compact(input);
        if (compact.Length == 0)
            failure = ValidationFailure.Empty;
        else if (InputText.LooksLikeExcelNumber(compact))
            failure = ValidationFailure.LooksLikeExcelNumber;
        else if (compact.Length != FirstGenerationLength)
            failure = ValidationFailure.WrongLength;
        else if (compact.AsSpan().ContainsAnyExceptInRange('0', '9'))
            failure = ValidationFailure.BadCharacter;
        if (failure != ValidationFailure.None)
            return false;

        // The first generation had no century and no check character; every holder was born in the 1900s
        var body = string.Concat(compact.AsSpan(0, 6), "19", compact.AsSpan(6));
        return TryParse(body + CheckCharacter(body), clock, out value, out failure);
    }

    private static ValidationFailure Validate(string? input, DateOnly today, out string compact)
    {
        compact = string.Empty;
        if (string.IsNullOrWhiteSpace(input))
            return ValidationFailure.Empty;
        compact = InputText.Compact(input).ToUpperInvariant();
        if (InputText.LooksLikeExcelNumber(compact))
            return ValidationFailure.LooksLikeExcelNumber;
        if (compact.Length != Length)
            return ValidationFailure.WrongLength;
        if (compact.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9') || !IsCheckCharacterShape(compact[17]))
            return ValidationFailure.BadCharacter;
        if (!IsProvince(int.Parse(compact.AsSpan(0, 2), CultureInfo.InvariantCulture)))
            return ValidationFailure.BadRegion;
        if (!IsPlausibleBirthDate(compact.AsSpan(6, 8), today))
            return ValidationFailure.BadBirthDate;
        if (CheckCharacter(compact.AsSpan(0, 17)) != compact[17])
            return ValidationFailure.BadChecksum;
        return ValidationFailure.None;
    }

    private static bool IsCheckCharacterShape(char c) => char.IsAsciiDigit(c) || c == 'X';

    // GB/T 2260 provinces, plus 81/82/83 on residence permits for Hong Kong, Macao and Taiwan residents
    private static bool IsProvince(int code) =>
        code is (>= 11 and <= 15) or (>= 21 and <= 23) or (>= 31 and <= 37) or (>= 41 and <= 46)
            or (>= 50 and <= 54) or (>= 61 and <= 65) or 71 or 81 or 82 or 83;

    private static bool IsPlausibleBirthDate(ReadOnlySpan<char> yyyyMMdd, DateOnly today) =>
        DateOnly.TryParseExact(yyyyMMdd, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && date.Year >= EarliestBirthYear
        && date <= today;

    private static DateOnly ParseBirthDate(ReadOnlySpan<char> yyyyMMdd) =>
        DateOnly.ParseExact(yyyyMMdd, "yyyyMMdd", CultureInfo.InvariantCulture);

    private static DateOnly BeijingToday(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(BeijingOffset).DateTime);

    /// <summary>The check character for the first 17 digits, e.g. to make valid numbers for demonstrations.</summary>
    public static char CheckCharacterFor(string first17) => CheckCharacter(first17);

    private static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
            sum += (first17[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    // The input is personal data: the exception names the failure, never the number
    private static FormatException Refused(ValidationFailure failure) =>
        new($"Not a valid resident identity number: {ValidationMessages.Code(failure)}.");
}
