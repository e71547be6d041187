using UnionHome.Platform.Validation;

namespace UnionHome.Tests.Validation;

public sealed class ValidationMessagesTests
{
    [Theory]
    [InlineData(ValidationFailure.None, "none")]
    [InlineData(ValidationFailure.Empty, "empty")]
    [InlineData(ValidationFailure.WrongLength, "wrong_length")]
    [InlineData(ValidationFailure.BadCharacter, "invalid_character")]
    [InlineData(ValidationFailure.BadBirthDate, "invalid_birth_date")]
    [InlineData(ValidationFailure.BadChecksum, "invalid_checksum")]
    [InlineData(ValidationFailure.NotMobile, "not_mobile")]
    [InlineData(ValidationFailure.LooksLikeExcelNumber, "excel_number")]
    [InlineData(ValidationFailure.BadRegion, "invalid_region")]
    public void Every_failure_has_a_published_code_that_never_changes(ValidationFailure failure, string code)
    {
        ValidationMessages.Code(failure).ShouldBe(code);
    }

    [Fact]
    public void A_wrong_check_character_is_explained_in_Chinese()
    {
        ValidationMessages.ResidentId(ValidationFailure.BadChecksum).ShouldBe("身份证号校验位不正确");
        ValidationMessages.CreditCode(ValidationFailure.BadChecksum).ShouldBe("统一社会信用代码校验位不正确");
    }

    [Fact]
    public void Every_failure_has_a_message_for_every_kind_of_number()
    {
        foreach (var failure in Enum.GetValues<ValidationFailure>().Where(f => f != ValidationFailure.None))
        {
            ValidationMessages.ResidentId(failure).ShouldNotBeNullOrWhiteSpace();
            ValidationMessages.CreditCode(failure).ShouldNotBeNullOrWhiteSpace();
            ValidationMessages.MobilePhone(failure).ShouldNotBeNullOrWhiteSpace();
        }
    }
}
