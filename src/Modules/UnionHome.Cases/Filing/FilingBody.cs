using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using UnionHome.Platform.Errors;

namespace UnionHome.Cases.Filing;

/// <summary>
/// Reads a request for help only when its size allows: the announced length is checked before a byte is read, and a
/// body sent without one is cut off at the same size, so a flood of images never reaches memory.
/// </summary>
internal static class FilingBody
{
    /// <summary>Five images at their largest in base64 and the text around them.</summary>
    public const long MaxBytes = FileCase.MaxImages * ((FileCase.MaxImageBytes + 2) / 3 * 4) + 256 * 1024;

    public static async Task<Result<NewCaseRequest>> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength is > MaxBytes)
        {
            return CaseErrors.RequestTooLarge;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }

        try
        {
            return await http.Request.ReadFromJsonAsync<NewCaseRequest>(cancellationToken) is { } request ? request : CaseErrors.InvalidBody;
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return CaseErrors.RequestTooLarge;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON, or not declared as JSON.
            return CaseErrors.InvalidBody;
        }
    }
}
