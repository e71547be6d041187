namespace UnionHome.Platform.Validation;

/// <summary>Why an identifier typed by a member or imported from a sheet was refused.</summary>
public enum ValidationFailure
{
    None,
    Empty,
    WrongLength,
    BadCharacter,
    BadBirthDate,
    BadChecksum,
    NotMobile,
    LooksLikeExcelNumber,
    BadRegion,
}
