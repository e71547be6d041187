using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Cases.Sla;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Outbox;

namespace UnionHome.Cases.Filing;

/// <summary>
/// Files a request for help. Every submission carries the client's request id: a retry from a ship whose link
/// dropped after sending finds the first case (200), never a second one.
/// </summary>
internal sealed class FileCase(AppDbContext db, CaseRouter router, CaseDeadlines deadlines, FieldCipher cipher, Outbox outbox, TimeProvider time)
{
    public const int MaxImages = 5;
    public const int MaxImageBytes = 5 * 1024 * 1024;
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public async Task<Result<(CaseFiled Case, bool Replayed)>> FileAsync(Caller caller, NewCaseRequest request, CancellationToken cancellationToken)
    {
        if (request.ClientRequestId is not { Length: > 0 and <= 64 } clientRequestId)
        {
            return CaseErrors.ClientRequestIdRequired;
        }

        if (await ReplayAsync(caller.UserId, clientRequestId, cancellationToken) is { } earlier)
        {
            return (earlier, true);
        }

        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        // Sizes from the base64 text, before anything is decoded into memory.
        if (request.Images?.Any(i => (i.Data?.Length ?? 0) / 4 * 3 > MaxImageBytes + 64) == true)
        {
            return CaseErrors.ImageTooLarge;
        }

        var images = new List<(string ContentType, byte[] Bytes)>();
        foreach (var upload in request.Images ?? [])
        {
            var bytes = Decode(upload.Data);
            if (bytes is null || ContentTypeOf(bytes) is not { } contentType)
            {
                return CaseErrors.ImageNotAllowed;
            }

            if (bytes.Length > MaxImageBytes)
            {
                return CaseErrors.ImageTooLarge;
            }

            images.Add((contentType, ImageMetadata.Strip(bytes, contentType)));
        }

        Names.TryParse<CaseCategory>(request.Category, out var category);
        Names.TryParse<CaseUrgency>(request.Urgency, out var urgency);
        if (await router.RouteAsync(caller, category, cancellationToken) is not { } route)
        {
            return CaseErrors.NoIntake;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var due = await deadlines.ForAsync(route.Unit.Id, category, urgency, now, cancellationToken);
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var id = Guid.CreateVersion7();
        var helpCase = new HelpCase
        {
            Id = id,
            Number = await CaseNumbers.TakeNextAsync(db, now, cancellationToken),
            RequesterUserId = caller.UserId,
            MemberId = route.MemberId,
            OnBehalfOfNameCipher = cipher.Seal<HelpCase>(request.OnBehalfOf?.Name?.Trim(), nameof(HelpCase.OnBehalfOfNameCipher), id),
            OnBehalfOfRelationship = request.OnBehalfOf?.Relationship?.Trim(),
            Category = category,
            Urgency = urgency,
            DescriptionCipher = cipher.Seal<HelpCase>(request.Description!.Trim(), nameof(HelpCase.DescriptionCipher), id)!,
            PositionCipher = cipher.Seal<HelpCase>(CasePosition.Format(request.Location?.Lat, request.Location?.Lng), nameof(HelpCase.PositionCipher), id),
            ShipName = request.ShipName?.Trim(),
            Voyage = request.Voyage?.Trim(),
            ClientRequestId = clientRequestId,
            OrgUnitId = route.Unit.Id,
            RoutingReason = route.Reason,
            Status = CaseStatus.Open,
            CreatedAt = now,
            FirstResponseDueAt = due.FirstResponseDueAt,
            ResolutionDueAt = due.ResolutionDueAt,
            SlaCheckAt = due.FirstResponseDueAt,
            Version = Guid.NewGuid(),
        };
        db.Add(helpCase);
        db.AddRange(images.Select(i => Image(helpCase.Id, i.ContentType, i.Bytes)));
        db.Add(new CaseEntry { Id = Guid.CreateVersion7(), CaseId = helpCase.Id, Kind = CaseEntryKind.Filed, At = now, ActorUserId = caller.UserId, ActorName = caller.DisplayName, ToOrgUnitId = route.Unit.Id });
        outbox.Publish(new CaseOpened(helpCase.Id, route.Unit.Id, Names.Of(category), Names.Of(urgency), Escalated: false));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same submission raced itself: the unique index kept the first.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await ReplayAsync(caller.UserId, clientRequestId, cancellationToken) is { } first ? (first, true) : CaseErrors.Conflict;
        }

        return (new CaseFiled(helpCase.Id, helpCase.Number, Names.Of(helpCase.Status), new CaseRoutedTo(route.Unit.Id, route.Unit.Name, route.Reason), helpCase.FirstResponseDueAt), false);
    }

    private CaseImage Image(Guid caseId, string contentType, byte[] bytes)
    {
        var id = Guid.CreateVersion7();
        return new CaseImage { Id = id, CaseId = caseId, ContentType = contentType, ContentCipher = cipher.EncryptBytes(bytes, CipherScope.For<CaseImage>(nameof(CaseImage.ContentCipher), id)) };
    }

    private async Task<CaseFiled?> ReplayAsync(string userId, string clientRequestId, CancellationToken cancellationToken) =>
        await db.Set<HelpCase>().AsNoTracking()
            .Where(c => c.RequesterUserId == userId && c.ClientRequestId == clientRequestId)
            .Select(c => new CaseFiled(c.Id, c.Number, c.Status.ToString(), new CaseRoutedTo(c.OrgUnitId!.Value, db.OrgUnits.Where(u => u.Id == c.OrgUnitId).Select(u => u.Name).First(), c.RoutingReason), c.FirstResponseDueAt))
            .SingleOrDefaultAsync(cancellationToken) is { } found
            ? found with { Status = char.ToLowerInvariant(found.Status[0]) + found.Status[1..] }
            : null;

    private static Error? Validate(NewCaseRequest request)
    {
        if (request.Images is { Count: > MaxImages })
        {
            return CaseErrors.TooManyImages;
        }

        if (!Names.TryParse<CaseCategory>(request.Category, out _))
        {
            return CaseErrors.InvalidCategory;
        }

        if (!Names.TryParse<CaseUrgency>(request.Urgency ?? "normal", out _) || request.Urgency is null)
        {
            return CaseErrors.InvalidUrgency;
        }

        if (request.Description?.Trim() is not { Length: >= 2 and <= 4000 })
        {
            return CaseErrors.DescriptionRequired;
        }

        if (request.OnBehalfOf is { } behalf && (behalf.Name?.Trim() is not { Length: >= 2 and <= 32 } || behalf.Relationship?.Trim() is not { Length: >= 1 and <= 16 }))
        {
            return CaseErrors.RelationshipRequired;
        }

        if (request.Location is { } location
            && (location.Lat is not (>= -90 and <= 90) || location.Lng is not (>= -180 and <= 180) || !string.Equals(location.Datum ?? "wgs84", "wgs84", StringComparison.OrdinalIgnoreCase)))
        {
            return CaseErrors.InvalidLocation;
        }

        return null;
    }

    private static byte[]? Decode(string? base64)
    {
        if (string.IsNullOrEmpty(base64))
        {
            return null;
        }

        var comma = base64.IndexOf(',', StringComparison.Ordinal);
        var payload = base64.StartsWith("data:", StringComparison.Ordinal) && comma > 0 ? base64[(comma + 1)..] : base64;
        var buffer = new byte[payload.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(payload, buffer, out var written) ? buffer[..written] : null;
    }

    /// <summary>What the bytes are, whatever the name or header says: JPEG, PNG or WebP only.</summary>
    internal static string? ContentTypeOf(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF ? "image/jpeg"
        : bytes.Length >= 8 && bytes[..8].SequenceEqual(PngSignature) ? "image/png"
        : bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : null;
}
