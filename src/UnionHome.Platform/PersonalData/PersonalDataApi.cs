using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Platform.Organization;

namespace UnionHome.Platform.PersonalData;

internal static class PersonalDataApi
{
    public static void MapPersonalDataApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/me/data-export", async (string? format, Actor actor, PersonalDataExport export, CancellationToken ct) =>
            {
                var sections = await export.ExportAsync(actor.UserId, ct);
                return string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)
                    ? (IResult)TypedResults.File(PersonalDataExport.ToWorkbook(sections), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "我的数据.xlsx")
                    : TypedResults.Ok(PersonalDataExport.ToDocument(sections));
            })
            .Produces<Dictionary<string, object?>>(StatusCodes.Status200OK, "application/json", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .RequireAuthorization()
            .WithTags("My data (PIPL)")
            .WithSummary("Everything the platform holds about me, from every module, as JSON or (format=xlsx) a workbook; the export is audited");
    }
}
