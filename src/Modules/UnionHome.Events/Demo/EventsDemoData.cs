using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Data;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Data;

namespace UnionHome.Events.Demo;

/// <summary>Menus enterprises can ask from (safety training, psychological lectures) and a recuperation base.</summary>
internal sealed class EventsDemoData(AppDbContext db) : IDemoData
{
    private static readonly (string Union, EventKind Kind, string Title, string Description)[] Menu =
    [
        ("ZJ-HZ-SC", EventKind.Training, "骑手交通安全培训", "电动自行车安全驾驶、头盔佩戴、恶劣天气配送注意事项，约2小时，可到企业站点上课。"),
        ("ZJ-HZ-SC", EventKind.Lecture, "心理健康讲座：情绪与压力疏导", "由心理咨询师讲解常见压力来源和自我调适方法，约1.5小时，含现场答疑。"),
        ("ZJ-ZS", EventKind.Training, "海上安全生产培训", "船舶消防、救生设备使用、防台防汛应急处置，约3小时。"),
        ("GZ-GY-BY", EventKind.Training, "安全生产培训：夏季高温作业防护", "防暑降温、中暑急救与高温天气作业安排，约2小时。"),
    ];

    public async Task SeedAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        if (await db.Set<MenuItem>().AnyAsync(cancellationToken))
        {
            return;
        }

        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, cancellationToken);
        foreach (var item in Menu)
        {
            db.Add(new MenuItem { Id = Guid.CreateVersion7(), OrgUnitId = units[item.Union], Kind = item.Kind, Title = item.Title, Description = item.Description, Active = true });
        }

        db.Add(new RecuperationBase { Id = Guid.CreateVersion7(), OrgUnitId = units["ZJ"], Name = "绍兴柯桥乡村职工疗休养基地", Address = "浙江省绍兴市柯桥区稽东镇", Capacity = 120 });
        await db.SaveChangesAsync(cancellationToken);
    }
}
