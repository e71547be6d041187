using UnionHome.Platform.Validation;

namespace UnionHome.Tests.Validation;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110000600037341L")]
    [InlineData("91110108551385082Q")]
    public void Published_codes_are_valid(string input)
    {
        CreditCode.TryParse(input, out var code, out var failure).ShouldBeTrue();

        failure.ShouldBe(ValidationFailure.None);
        code.Value.ShouldBe(input);
    }

    [Fact]
    public void The_parts_of_a_code_are_read_from_their_positions()
    {
        var code = CreditCode.Parse("91350100M000100Y43");

        code.RegistrationAuthority.ShouldBe('9');
        code.RegionCode.ShouldBe("350100");
        code.IsTradeUnion.ShouldBeFalse();
        code.ToString().ShouldBe("91350100M000100Y43");
    }

    [Fact]
    public void A_code_registered_by_a_trade_union_is_a_trade_union()
    {
        var code = CreditCode.Parse("81330100MC0000001L");

        code.RegistrationAuthority.ShouldBe('8');
        code.IsTradeUnion.ShouldBeTrue();
    }

    [Theory]
    [InlineData("91350100m000100y43")]
    [InlineData(" 9135 0100 M000 100Y 43 ")]
    [InlineData("９１３５０１００Ｍ０００１００Ｙ４３")]
    [InlineData("９１３５０１００ｍ０００１００ｙ４３")]
    public void Lowercase_spaces_and_full_width_characters_are_normalised(string input)
    {
        CreditCode.Parse(input).Value.ShouldBe("91350100M000100Y43");
    }

    [Theory]
    [InlineData("91350100M000100Y44", ValidationFailure.BadChecksum)]
    [InlineData("91350100M000100Y4X", ValidationFailure.BadChecksum)]
    [InlineData("91110000600037341M", ValidationFailure.BadChecksum)]
    [InlineData("91350100M0O0100Y43", ValidationFailure.BadCharacter)]
    [InlineData("91350100M000100Y4I", ValidationFailure.BadCharacter)]
    [InlineData("91350100M000100Y4-", ValidationFailure.BadCharacter)]
    [InlineData("9135A100M000100Y4Y", ValidationFailure.BadRegion)]
    [InlineData("91350100M000100Y4", ValidationFailure.WrongLength)]
    [InlineData("M000100Y4", ValidationFailure.WrongLength)]
    [InlineData("9.13501E+17", ValidationFailure.LooksLikeExcelNumber)]
    [InlineData("", ValidationFailure.Empty)]
    [InlineData(null, ValidationFailure.Empty)]
    public void Malformed_codes_are_refused_with_the_reason(string? input, ValidationFailure expected)
    {
        CreditCode.TryParse(input, out var code, out var failure).ShouldBeFalse();

        failure.ShouldBe(expected);
        code.ShouldBe(default);
    }

    [Fact]
    public void Parse_throws_a_format_exception_naming_the_failure()
    {
        Should.Throw<FormatException>(() => CreditCode.Parse("91350100M000100Y44")).Message.ShouldContain("invalid_checksum");
    }
}
