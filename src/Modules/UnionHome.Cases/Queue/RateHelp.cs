using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Queue;

internal sealed record RatingRequest(int? Score, string? Comment);

/// <summary>The member rates the help 1–5, with a comment, once the case is resolved; once.</summary>
internal sealed class RateHelp(CaseTimeline timeline, FieldCipher cipher)
{
    public async Task<Result<CaseAndRole>> RateAsync(Actor actor, Guid caseId, RatingRequest request, CancellationToken cancellationToken)
    {
        if (request.Score is not { } score || score is < 1 or > 5)
        {
            return CaseErrors.InvalidScore;
        }

        if (await timeline.FindAsync(actor, caseId, cancellationToken) is not { Role: CaseRole.Requester } found)
        {
            return CaseErrors.CaseNotFound;
        }

        var c = found.Case;
        if (c.Status != CaseStatus.Resolved)
        {
            return CaseErrors.NotResolved;
        }

        if (c.Rating is not null)
        {
            return CaseErrors.AlreadyRated;
        }

        c.Rating = score;
        var comment = CaseTimeline.Text(request.Comment, 500);
        c.RatingCommentCipher = cipher.Seal<HelpCase>(comment, nameof(HelpCase.RatingCommentCipher), c.Id);
        timeline.Add(c, CaseEntryKind.Rated, actor, $"{score}分{(comment is null ? "" : $"：{comment}")}", isInternal: false, timeline.Now);
        return await timeline.SaveAsync(found, cancellationToken);
    }
}

internal static class RateHelpEndpoint
{
    /// <summary>POST /api/v1/cases/{id}/rating, on the signed-in group.</summary>
    public static void MapRateHelp(this IEndpointRouteBuilder cases) =>
        cases.MapPost("/cases/{id:guid}/rating", async (Guid id, RatingRequest request, Actor actor, RateHelp rate, CaseQueries queries, CancellationToken ct) =>
                await queries.AnswerAsync(await rate.RateAsync(actor, id, request, ct), ct))
            .WithSummary("Rate the help 1–5 with a comment, once the case is resolved")
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
