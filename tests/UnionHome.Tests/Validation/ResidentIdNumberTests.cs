using Microsoft.Extensions.Time.Testing;
using UnionHome.Platform.Validation;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Validation;

public sealed class ResidentIdNumberTests
{
    // Only a birth date in the future depends on the day: every other rule holds whatever the clock says.
    private static readonly FakeTimeProvider Today = Clocks.Thursday1000Beijing();

    // 2024-01-01 16:30 UTC is already 2 January in Beijing
    private static readonly FakeTimeProvider NewYearEveningUtc = new(new DateTimeOffset(2024, 1, 1, 16, 30, 0, TimeSpan.Zero));

    [Fact]
    public void The_example_from_GB_11643_is_a_woman_born_on_31_December_1949()
    {
        var id = ResidentIdNumber.Parse("11010519491231002X", Today);

        id.Value.ShouldBe("11010519491231002X");
        id.BirthDate.ShouldBe(new DateOnly(1949, 12, 31));
        id.Sex.ShouldBe(Sex.Female);
        id.RegionCode.ShouldBe("110105");
    }

    [Fact]
    public void An_odd_seventeenth_digit_is_a_man()
    {
        ResidentIdNumber.Parse("33010619900101123X", Today).Sex.ShouldBe(Sex.Male);
    }

    [Theory]
    [InlineData("11010519491231002x")]
    [InlineData("  110105 19491231 002X ")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ")]
    [InlineData("１１０１０５１９４９１２３１００２ｘ")]
    [InlineData("\uFEFF11010519491231002X")]
    public void Lowercase_x_spaces_and_full_width_characters_are_normalised(string input)
    {
        ResidentIdNumber.TryParse(input, Today, out var id, out var failure).ShouldBeTrue();

        failure.ShouldBe(ValidationFailure.None);
        id.Value.ShouldBe("11010519491231002X");
    }

    [Theory]
    [InlineData("110105194912310021", ValidationFailure.BadChecksum)]
    [InlineData("110105194912310028", ValidationFailure.BadChecksum)]
    [InlineData("11010519491231002Y", ValidationFailure.BadCharacter)]
    [InlineData("1101051949123100X2", ValidationFailure.BadCharacter)]
    [InlineData("11010519491231002", ValidationFailure.WrongLength)]
    [InlineData("110105491231002", ValidationFailure.WrongLength)]
    [InlineData("", ValidationFailure.Empty)]
    [InlineData("   ", ValidationFailure.Empty)]
    [InlineData(null, ValidationFailure.Empty)]
    [InlineData("990105194912310023", ValidationFailure.BadRegion)]
    [InlineData("100105194912310028", ValidationFailure.BadRegion)]
    public void Malformed_numbers_are_refused_with_the_reason(string? input, ValidationFailure expected)
    {
        ResidentIdNumber.TryParse(input, Today, out var id, out var failure).ShouldBeFalse();

        failure.ShouldBe(expected);
        id.ShouldBe(default);
    }

    [Theory]
    [InlineData("110105199002301231")]
    [InlineData("110105199902291235")]
    [InlineData("110105190002291239")]
    public void A_birth_date_that_is_not_on_the_calendar_is_refused_even_with_a_correct_check_character(string input)
    {
        ResidentIdNumber.TryParse(input, Today, out _, out var failure).ShouldBeFalse();

        failure.ShouldBe(ValidationFailure.BadBirthDate);
    }

    [Fact]
    public void The_29th_of_February_in_a_leap_year_is_a_birth_date()
    {
        ResidentIdNumber.Parse("110105200002291235", Today).BirthDate.ShouldBe(new DateOnly(2000, 2, 29));
    }

    [Fact]
    public void A_birth_date_before_1900_is_refused_although_the_check_character_is_right()
    {
        // The widely published 440524188001010014 has a correct check character but an 1880 birth date
        ResidentIdNumber.TryParse("440524188001010014", Today, out _, out var failure).ShouldBeFalse();
        ResidentIdNumber.TryParse("110105189912310015", Today, out _, out var lastDayOf1800s).ShouldBeFalse();

        failure.ShouldBe(ValidationFailure.BadBirthDate);
        lastDayOf1800s.ShouldBe(ValidationFailure.BadBirthDate);
        ResidentIdNumber.Parse("11010519000101001X", Today).BirthDate.ShouldBe(new DateOnly(1900, 1, 1));
    }

    [Fact]
    public void A_birth_date_in_the_future_is_refused_by_the_Beijing_calendar()
    {
        ResidentIdNumber.TryParse("11010520240102001X", NewYearEveningUtc, out _, out var bornToday).ShouldBeTrue();
        ResidentIdNumber.TryParse("110105202401030015", NewYearEveningUtc, out _, out var bornTomorrow).ShouldBeFalse();

        bornToday.ShouldBe(ValidationFailure.None);
        bornTomorrow.ShouldBe(ValidationFailure.BadBirthDate);
    }

    [Theory]
    [InlineData("1.10105E+17")]
    [InlineData("1.10105194912310E+17")]
    [InlineData("110105194912310000.0")]
    [InlineData("１.１０１０５Ｅ＋１７")]
    public void A_number_Excel_has_turned_into_a_float_is_refused_not_repaired(string input)
    {
        ResidentIdNumber.TryParse(input, Today, out _, out var failure).ShouldBeFalse();

        failure.ShouldBe(ValidationFailure.LooksLikeExcelNumber);
    }

    [Fact]
    public void A_first_generation_number_gains_the_century_and_a_check_character()
    {
        ResidentIdNumber.ConvertFrom15("110105491231002", Today).Value.ShouldBe("11010519491231002X");
    }

    [Theory]
    [InlineData("11010549123100", ValidationFailure.WrongLength)]
    [InlineData("11010549123100X", ValidationFailure.BadCharacter)]
    [InlineData("110105490230002", ValidationFailure.BadBirthDate)]
    [InlineData("11010519491231002X", ValidationFailure.WrongLength)]
    public void A_first_generation_number_that_cannot_be_converted_is_refused(string input, ValidationFailure expected)
    {
        ResidentIdNumber.TryConvertFrom15(input, Today, out _, out var failure).ShouldBeFalse();

        failure.ShouldBe(expected);
        Should.Throw<FormatException>(() => ResidentIdNumber.ConvertFrom15(input, Today));
    }

    [Fact]
    public void The_masked_form_keeps_the_first_three_and_last_four_characters()
    {
        var id = ResidentIdNumber.Parse("33010619900101123X", Today);

        id.Masked.ShouldBe("330***********123X");
        id.Masked.Length.ShouldBe(18);
    }

    [Fact]
    public void Printing_the_number_prints_the_masked_form()
    {
        var id = ResidentIdNumber.Parse("33010619900101123X", Today);

        id.ToString().ShouldBe("330***********123X");
        $"member {id}".ShouldNotContain("19900101");
    }

    [Fact]
    public void Parse_throws_a_format_exception_that_does_not_repeat_the_number()
    {
        var thrown = Should.Throw<FormatException>(() => ResidentIdNumber.Parse("110105194912310021", Today));

        thrown.Message.ShouldContain("invalid_checksum");
        thrown.Message.ShouldNotContain("110105");
    }

    [Fact]
    public void Two_spellings_of_one_number_are_equal()
    {
        ResidentIdNumber.Parse("11010519491231002x", Today).ShouldBe(ResidentIdNumber.Parse("１１０１０５１９４９１２３１００２Ｘ", Today));
    }

    [Fact]
    public void A_default_value_prints_as_empty()
    {
        default(ResidentIdNumber).ToString().ShouldBeEmpty();
    }
}
