using UnionHome.Platform.Validation;

namespace UnionHome.Tests.Validation;

public sealed class MobilePhoneTests
{
    [Theory]
    [InlineData("13800138000")]
    [InlineData("+86 138-0013-8000")]
    [InlineData("+86 (138) 0013 8000")]
    [InlineData("0086 13800138000")]
    [InlineData("8613800138000")]
    [InlineData("８６１３８００１３８０００")]
    [InlineData("＋８６　１３８－００１３－８０００")]
    [InlineData("138 0013 8000")]
    public void Common_spellings_of_one_number_become_E164(string input)
    {
        MobilePhone.TryParse(input, out var phone, out var failure).ShouldBeTrue();

        failure.ShouldBe(ValidationFailure.None);
        phone.Value.ShouldBe("+8613800138000");
        phone.National.ShouldBe("13800138000");
    }

    [Theory]
    [InlineData("12345678901", ValidationFailure.NotMobile)]
    [InlineData("11800138000", ValidationFailure.NotMobile)]
    [InlineData("01012345678", ValidationFailure.NotMobile)]
    [InlineData("+1 415 555 0100", ValidationFailure.NotMobile)]
    [InlineData("1380013800", ValidationFailure.WrongLength)]
    [InlineData("138001380001", ValidationFailure.WrongLength)]
    [InlineData("+86 1380013800", ValidationFailure.WrongLength)]
    [InlineData("861380013800", ValidationFailure.WrongLength)]
    [InlineData("138.0013.8000", ValidationFailure.BadCharacter)]
    [InlineData("1380013800O", ValidationFailure.BadCharacter)]
    [InlineData("1.38001E+10", ValidationFailure.LooksLikeExcelNumber)]
    [InlineData("13800138000.0", ValidationFailure.LooksLikeExcelNumber)]
    [InlineData(" ", ValidationFailure.Empty)]
    [InlineData(null, ValidationFailure.Empty)]
    public void Numbers_that_are_not_mainland_mobiles_are_refused_with_the_reason(string? input, ValidationFailure expected)
    {
        MobilePhone.TryParse(input, out var phone, out var failure).ShouldBeFalse();

        failure.ShouldBe(expected);
        phone.ShouldBe(default);
    }

    [Theory]
    [InlineData("19912345678")]
    [InlineData("13012345678")]
    public void Every_second_digit_from_3_to_9_is_a_mobile(string input)
    {
        MobilePhone.Parse(input).National.ShouldBe(input);
    }

    [Fact]
    public void Printing_the_number_prints_the_masked_form()
    {
        var phone = MobilePhone.Parse("+86 138-0013-8000");

        phone.Masked.ShouldBe("138****8000");
        phone.ToString().ShouldBe("138****8000");
    }

    [Fact]
    public void Parse_throws_a_format_exception_naming_the_failure()
    {
        Should.Throw<FormatException>(() => MobilePhone.Parse("12345678901")).Message.ShouldContain("not_mobile");
    }
}
