namespace UnionHome.Platform.PersonalData;

/// <summary>One part of what an erasure will reach: the export's section of that name and how many records it holds.</summary>
/// <param name="Name">The export's field name, e.g. "applications".</param>
/// <param name="Sheet">Its Chinese name, e.g. "入会申请".</param>
/// <param name="Records">Records the erasure will erase or anonymise.</param>
public sealed record ErasurePreviewSection(string Name, string Sheet, int Records);

/// <summary>
/// What erasing a person will reach, for the officer to read before confirming: the same records the erasure finds (by
/// the account and the keys bound to it), counted per part, without their content, so that the officer learns the
/// extent and nothing the person wrote or holds.
/// </summary>
public sealed class ErasurePreview(IEnumerable<IPersonalDataContributor> contributors)
{
    public async Task<IReadOnlyList<ErasurePreviewSection>> OfAsync(string userId, CancellationToken cancellationToken)
    {
        var sections = new List<ErasurePreviewSection>();
        foreach (var contributor in contributors)
        {
            var part = await contributor.ExportAsync(userId, cancellationToken);
            sections.AddRange(part.Sections.Select(s => new ErasurePreviewSection(s.Name, s.Sheet, s.Rows.Count)));
        }

        return sections;
    }
}
