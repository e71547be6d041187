namespace UnionHome.Platform.Validation;

public enum Sex
{
    Male,
    Female,
}
