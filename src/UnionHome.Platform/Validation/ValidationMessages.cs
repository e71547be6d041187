namespace UnionHome.Platform.Validation;

/// <summary>What to tell people about a <see cref="ValidationFailure"/>: a stable code for clients, Chinese text for the form.</summary>
public static class ValidationMessages
{
    /// <summary>A stable snake_case code for API clients; never change one once published.</summary>
    public static string Code(ValidationFailure failure) => failure switch
    {
        ValidationFailure.None => "none",
        ValidationFailure.Empty => "empty",
        ValidationFailure.WrongLength => "wrong_length",
        ValidationFailure.BadCharacter => "invalid_character",
        ValidationFailure.BadBirthDate => "invalid_birth_date",
        ValidationFailure.BadChecksum => "invalid_checksum",
        ValidationFailure.NotMobile => "not_mobile",
        ValidationFailure.LooksLikeExcelNumber => "excel_number",
        ValidationFailure.BadRegion => "invalid_region",
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, null),
    };

    public static string ResidentId(ValidationFailure failure) => failure switch
    {
        ValidationFailure.None => string.Empty,
        ValidationFailure.Empty => "请填写身份证号",
        ValidationFailure.WrongLength => "身份证号应为18位",
        ValidationFailure.BadCharacter => "身份证号只能是数字，最后一位可以是X",
        ValidationFailure.BadBirthDate => "身份证号中的出生日期不正确",
        ValidationFailure.BadChecksum => "身份证号校验位不正确",
        ValidationFailure.BadRegion => "身份证号的地区码不正确",
        ValidationFailure.LooksLikeExcelNumber => ExcelNumber("身份证号"),
        _ => "身份证号格式不正确",
    };

    public static string CreditCode(ValidationFailure failure) => failure switch
    {
        ValidationFailure.None => string.Empty,
        ValidationFailure.Empty => "请填写统一社会信用代码",
        ValidationFailure.WrongLength => "统一社会信用代码应为18位",
        ValidationFailure.BadCharacter => "统一社会信用代码只能是数字和大写字母，且不含I、O、S、V、Z",
        ValidationFailure.BadChecksum => "统一社会信用代码校验位不正确",
        ValidationFailure.BadRegion => "统一社会信用代码第3至8位应为行政区划码",
        ValidationFailure.LooksLikeExcelNumber => ExcelNumber("统一社会信用代码"),
        _ => "统一社会信用代码格式不正确",
    };

    public static string MobilePhone(ValidationFailure failure) => failure switch
    {
        ValidationFailure.None => string.Empty,
        ValidationFailure.Empty => "请填写手机号",
        ValidationFailure.WrongLength => "手机号应为11位",
        ValidationFailure.BadCharacter => "手机号只能是数字",
        ValidationFailure.NotMobile => "请填写中国大陆手机号",
        ValidationFailure.LooksLikeExcelNumber => ExcelNumber("手机号"),
        _ => "手机号格式不正确",
    };

    private static string ExcelNumber(string what) =>
        $"{what}被表格软件当成了数字，后几位可能已经丢失；请把该列设为文本格式后重新填写";
}
