using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace UnionHome.Membership.Rosters;

/// <summary>The template a liaison fills in, and the report of rows that were not taken.</summary>
internal static class RosterWorkbooks
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Headers = ["姓名", "身份证号", "手机号", "职工类型", "工作地"];

    public static byte[] Template()
    {
        // ID and phone cells are text ("@") so Excel never turns an 18-digit ID into 1.10105E+17.
        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns =
            [
                new DynamicExcelColumn("姓名") { Width = 12 },
                new DynamicExcelColumn("身份证号") { Format = "@", Width = 24 },
                new DynamicExcelColumn("手机号") { Format = "@", Width = 16 },
                new DynamicExcelColumn("职工类型") { Width = 20 },
                new DynamicExcelColumn("工作地") { Width = 20 },
            ],
        };
        var rows = new List<Dictionary<string, object>>
        {
            Row("张三（示例，请删除）", "110105194912310021", "13800138000", "新就业形态劳动者", "贵阳市白云区"),
        };
        rows.AddRange(Enumerable.Range(0, 500).Select(_ => Row("", "", "", "", "")));
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "名册", configuration: configuration);
        return stream.ToArray();
    }

    public static byte[] Report(IEnumerable<RosterIssue> issues)
    {
        var rows = issues.Select(i => new Dictionary<string, object>
        {
            ["行号"] = i.Row,
            ["列"] = i.Column,
            ["填写内容"] = UnionHome.Platform.Api.SpreadsheetCells.Escape(i.Value),
            ["原因"] = i.Reason,
        });
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "未导入的行");
        return stream.ToArray();
    }

    private static Dictionary<string, object> Row(string name, string id, string phone, string type, string region) =>
        new() { [Headers[0]] = name, [Headers[1]] = id, [Headers[2]] = phone, [Headers[3]] = type, [Headers[4]] = region };
}
