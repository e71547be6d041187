using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using UnionHome.Membership.Approvals;
using UnionHome.Membership.Data;
using UnionHome.Membership.Joining;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Regions;
using Member = UnionHome.Membership.Data.Member;

namespace UnionHome.Membership.Rosters;

/// <summary>
/// Reads a roster row by row (streamed), validates every row, and files the valid ones in batches: routed like
/// individual applicants, approved at once when the enterprise's own union is where they are routed.
/// Rows already members or already waiting are reported, so uploading the same file again adds nobody twice.
/// </summary>
internal sealed class RosterImporter(
    AppDbContext db,
    JoinRouter router,
    RegionDirectory regions,
    FieldCipher cipher,
    BlindIndex blindIndex,
    AuditLog audit,
    TimeProvider time)
{
    private const int BatchSize = 500;
    private const int HeaderSearchRows = 20;
    private static readonly System.Globalization.CultureInfo China = new("zh-CN");

    private Guid claim;
    private TimeSpan claimFor;

    public async Task RunAsync(Guid importId, Guid claimToken, TimeSpan claimLength, CancellationToken cancellationToken)
    {
        claim = claimToken;
        claimFor = claimLength;
        var import = await db.Set<RosterImport>().SingleAsync(i => i.Id == importId, cancellationToken);
        var enterprise = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == import.EnterpriseId, cancellationToken);
        var content = import.ContentCipher is { Length: > 0 } stored ? cipher.DecryptBytes(stored, CipherScope.For<RosterImport>(nameof(RosterImport.ContentCipher), import.Id)) : [];

        RosterColumns? columns = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<RosterPerson>(BatchSize);
        var issues = new List<RosterIssue>();
        // Rows an earlier claim on this import already committed (its node died or lost the database mid-way): they
        // are read again only to rebuild the duplicate check, so the finished report is the same as without the break.
        var committedRows = import.Processed;
        int processed = 0, imported = import.Imported, rejected = import.Rejected;
        foreach (var (rowNumber, cells) in Rows(content))
        {
            if (columns is null)
            {
                columns = RosterColumns.Find(rowNumber, cells);
                if (columns is not null)
                {
                    var total = RosterDimension.DeclaredLastRow(content) - rowNumber ?? CountDataRows(content, rowNumber);
                    await db.Set<RosterImport>().Where(i => i.Id == import.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Total, total), cancellationToken);
                }
                else if (rowNumber >= HeaderSearchRows)
                {
                    break;
                }

                continue;
            }

            if (RosterRowValidator.IsBlank(cells))
            {
                continue;
            }

            processed++;
            var (person, rowIssues) = RosterRowValidator.Validate(rowNumber, cells, columns, enterprise.RegionCode, regions, time);
            if (processed <= committedRows)
            {
                if (person is not null)
                {
                    seen.Add(person.IdNumber.Value);
                }
            }
            else if (person is null)
            {
                issues.AddRange(rowIssues);
                rejected++;
            }
            else if (!seen.Add(person.IdNumber.Value))
            {
                issues.Add(new RosterIssue(rowNumber, "身份证号", person.IdNumber.Masked, "与名册中前面的行重复"));
                rejected++;
            }
            else
            {
                batch.Add(person);
            }

            if (batch.Count == BatchSize)
            {
                (imported, rejected) = await CommitAsync(import, enterprise, batch, issues, imported, rejected, processed, cancellationToken);
            }
        }

        if (columns is null)
        {
            await FinishAsync(import.Id, RosterImportStatus.Failed, "找不到表头：名册需要“姓名”“身份证号”“手机号”三列", cancellationToken);
            await AddIssuesAsync([new RosterIssue(1, "表头", "", "找不到表头：名册需要“姓名”“身份证号”“手机号”三列")], import.Id, cancellationToken);
            return;
        }

        (imported, rejected) = await CommitAsync(import, enterprise, batch, issues, imported, rejected, processed, cancellationToken);
        // The declared size counted blank rows too: the finished import says how many rows it really read.
        await db.Set<RosterImport>().Where(i => i.Id == import.Id && i.ClaimToken == claim).ExecuteUpdateAsync(s => s.SetProperty(i => i.Total, processed), cancellationToken);
        await FinishAsync(import.Id, RosterImportStatus.Completed, null, cancellationToken);
    }

    private async Task<(int Imported, int Rejected)> CommitAsync(
        RosterImport import, Enterprise enterprise, List<RosterPerson> batch, List<RosterIssue> issues, int imported, int rejected, int processed, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var indexes = batch.ToDictionary(p => blindIndex.Compute(BlindIndex.Purposes.ResidentId, p.IdNumber.Value), p => p);
        var keys = indexes.Keys.ToList();
        var members = await db.Set<Member>().Where(m => keys.Contains(m.ResidentIdIndex) && m.Status != MemberStatus.Erased).Select(m => m.ResidentIdIndex).ToListAsync(cancellationToken);
        var waiting = await db.Set<MembershipApplication>().Where(a => keys.Contains(a.ResidentIdIndex) && a.Status == ApplicationStatus.Pending).Select(a => a.ResidentIdIndex).ToListAsync(cancellationToken);

        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var routes = new Dictionary<(WorkerType, string), RoutingDecision?>();
        var now = time.GetUtcNow().UtcDateTime;
        var applications = new List<(MembershipApplication Application, RoutingDecision Route)>();
        foreach (var (index, person) in indexes)
        {
            if (members.Contains(index) || waiting.Contains(index))
            {
                issues.Add(new RosterIssue(person.Row, "身份证号", person.IdNumber.Masked, members.Contains(index) ? "已是工会会员" : "已有一份入会申请在审核中"));
                rejected++;
                continue;
            }

            var key = (person.WorkerType, person.WorkRegionCode);
            if (!routes.TryGetValue(key, out var route))
            {
                var routed = await router.RouteAsync(person.WorkerType, enterprise, person.WorkRegionCode, cancellationToken);
                route = routed.Succeeded ? routed.Value : null;
                routes[key] = route;
            }

            if (route is null)
            {
                issues.Add(new RosterIssue(person.Row, "工作地", person.WorkRegionCode, "工作地暂无可受理的工会组织"));
                rejected++;
                continue;
            }

            applications.Add((NewApplication(person, index, enterprise, route, now), route));
            imported++;
        }

        await db.InsertAllAsync(applications.ConvertAll(a => a.Application), cancellationToken);
        await db.InsertAllAsync(await JoinAtOnceAsync(applications, now, cancellationToken), cancellationToken);
        audit.Record("membership.roster_batch_imported", $"roster_import:{import.Id}", $"{batch.Count} rows", enterprise.UnionId);
        await db.SaveChangesAsync(cancellationToken);
        await AddIssuesAsync(issues, import.Id, cancellationToken);
        // Progress and a renewed claim in the batch's own transaction: a worker that lost its claim commits nothing.
        var lockedUntil = time.GetUtcNow().UtcDateTime + claimFor;
        var stillOurs = await db.Set<RosterImport>().Where(i => i.Id == import.Id && i.ClaimToken == claim).ExecuteUpdateAsync(
            s => s.SetProperty(i => i.Processed, processed).SetProperty(i => i.Imported, imported).SetProperty(i => i.Rejected, rejected).SetProperty(i => i.LockedUntil, lockedUntil),
            cancellationToken);
        if (stillOurs == 0)
        {
            throw new RosterClaimLostException();
        }

        await transaction.CommitAsync(cancellationToken);
        batch.Clear();
        issues.Clear();
        return (imported, rejected);
    }

    private MembershipApplication NewApplication(RosterPerson person, string index, Enterprise enterprise, RoutingDecision route, DateTime now)
    {
        var approveAtOnce = enterprise.UnionId == route.Union.Id;
        var application = new MembershipApplication
        {
            Id = Guid.CreateVersion7(),
            Name = person.Name,
            ResidentIdIndex = index,
            ResidentIdMasked = person.IdNumber.Masked,
            WorkerType = person.WorkerType,
            EnterpriseId = enterprise.Id,
            WorkRegionCode = person.WorkRegionCode,
            OrgUnitId = route.Union.Id,
            RoutingReason = route.Reason,
            Status = approveAtOnce ? ApplicationStatus.Approved : ApplicationStatus.Pending,
            Source = ApplicationSource.RosterImport,
            SubmittedAt = now,
            DecidedAt = approveAtOnce ? now : null,
            DecidedBy = approveAtOnce ? "roster-import" : null,
            Version = Guid.NewGuid(),
        };
        application.SealPerson(cipher, person.IdNumber.Value, person.Phone.Value);
        return application;
    }

    /// <summary>
    /// The enterprise's own union took the roster in: its liaison's upload is the union's decision. Member numbers
    /// are taken as one run per region, not one round trip per person.
    /// </summary>
    private async Task<List<Member>> JoinAtOnceAsync(List<(MembershipApplication Application, RoutingDecision Route)> applications, DateTime now, CancellationToken cancellationToken)
    {
        var joined = new List<Member>();
        foreach (var region in applications.Where(a => a.Application.Status == ApplicationStatus.Approved).GroupBy(a => a.Route.Union.RegionCode))
        {
            var numbers = await MemberNumbers.TakeAsync(db, region.Key, now, region.Count(), cancellationToken);
            joined.AddRange(region.Select((a, i) => Member.From(a.Application, cipher, numbers[i], now)));
        }

        return joined;
    }

    private async Task AddIssuesAsync(IEnumerable<RosterIssue> issues, Guid importId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        db.Set<RosterImportIssue>().AddRange(issues.Select(i => new RosterImportIssue
        {
            ImportId = importId,
            Row = i.Row,
            Column = i.Column,
            Value = i.Value.Length > 128 ? i.Value[..128] : i.Value,
            Reason = i.Reason,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task FinishAsync(Guid importId, RosterImportStatus status, string? error, CancellationToken cancellationToken) =>
        await db.Set<RosterImport>().Where(i => i.Id == importId && i.ClaimToken == claim).ExecuteUpdateAsync(
            s => s.SetProperty(i => i.Status, status)
                .SetProperty(i => i.Error, error)
                .SetProperty(i => i.CompletedAt, time.GetUtcNow().UtcDateTime)
                .SetProperty(i => i.ContentCipher, (string?)null)
                .SetProperty(i => i.LockedUntil, (DateTime?)null),
            cancellationToken);

    /// <summary>For a sheet that does not declare its size: one streamed pass counting the non-blank rows under the header.</summary>
    private static int CountDataRows(byte[] content, int headerRow) =>
        Rows(content).Count(r => r.Row > headerRow && !RosterRowValidator.IsBlank(r.Cells));

    private static IEnumerable<(int Row, IReadOnlyDictionary<string, object?> Cells)> Rows(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        var row = 0;
        foreach (IDictionary<string, object?> cells in stream.Query(useHeaderRow: false))
        {
            row++;
            yield return (row, new Dictionary<string, object?>(cells, StringComparer.Ordinal));
        }
    }
}
