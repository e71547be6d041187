using Microsoft.AspNetCore.Http;
using UnionHome.Platform.Errors;

namespace UnionHome.Cases.Queue;

/// <summary>How an endpoint answers a step on a case: the case as the caller now sees it, or the problem that stopped the step.</summary>
internal static class CaseAnswers
{
    public static async Task<IResult> AnswerAsync(this CaseQueries queries, Result<CaseAndRole> step, CancellationToken cancellationToken) =>
        step.Succeeded ? TypedResults.Ok(await queries.ViewAsync(step.Value, cancellationToken)) : step.Error.ToProblem();
}
