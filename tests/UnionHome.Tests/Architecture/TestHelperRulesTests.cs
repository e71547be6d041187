using System.Reflection;
using System.Reflection.Emit;

namespace UnionHome.Tests.Architecture;

/// <summary>
/// Builders and API clients live in UnionHome.TestSupport: a test class that lends its helpers to another couples two
/// tests that have nothing to do with each other. Read from the compiled IL, so that lambdas, async state machines and
/// `using static` are seen as the code they are.
/// </summary>
public sealed class TestHelperRulesTests
{
    private static readonly Assembly Tests = typeof(TestHelperRulesTests).Assembly;

    [Fact]
    public void No_test_class_uses_a_member_of_another_test_class()
    {
        var borrowed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in Tests.GetTypes())
        {
            var owner = Outermost(type);
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                         .Cast<MethodBase>()
                         .Concat(type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)))
            {
                foreach (var member in MembersUsedBy(method))
                {
                    var lender = member.DeclaringType is { } declaring ? Outermost(declaring) : null;
                    if (lender is not null && lender != owner && lender.Assembly == Tests && lender.Name.EndsWith("Tests", StringComparison.Ordinal))
                    {
                        borrowed.Add($"{owner.Name} uses {lender.Name}.{member.Name}");
                    }
                }
            }
        }

        borrowed.ShouldBeEmpty("move the helper to UnionHome.TestSupport (a builder or a typed API client)");
    }

    [Fact]
    public void Reading_the_il_finds_the_methods_a_method_calls()
    {
        var used = MembersUsedBy(typeof(TestHelperRulesTests).GetMethod(nameof(CallsTheRuleItself), BindingFlags.NonPublic | BindingFlags.Static)!);

        used.ShouldContain(m => m.Name == nameof(Outermost));
    }

    private static Type CallsTheRuleItself() => Outermost(typeof(TestHelperRulesTests));

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The methods, constructors and fields a method body refers to.</summary>
    private static List<MemberInfo> MembersUsedBy(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        var used = new List<MemberInfo>();
        for (var i = 0; i < il.Length;)
        {
            var value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            var code = OpCodesByValue[value];
            i += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok:
                    try
                    {
                        var member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), method.DeclaringType?.GetGenericArguments(), method.IsGenericMethod ? method.GetGenericArguments() : null);
                        if (member is not null)
                        {
                            used.Add(member);
                        }
                    }
                    catch (ArgumentException)
                    {
                        // A token of a generic context the resolver cannot rebuild: never one of our test classes' members.
                    }

                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (BitConverter.ToInt32(il, i) * 4);
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineNone:
                    break;
                default:
                    i += 4;
                    break;
            }
        }

        return used;
    }
}
