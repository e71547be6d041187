using System.Security.Cryptography;

namespace UnionHome.Platform.Audit;

/// <summary>
/// The Merkle tree hash of RFC 9162 (section 2.1.1) over the audit log's leaves, kept as its right frontier: the roots
/// of the perfect subtrees the leaves so far decompose into, largest first. Appending a leaf and reading the root cost
/// O(log n), so a sealer extends the tree from the last checkpoint without reading the entries before it.
/// </summary>
public sealed class MerkleTree
{
    private readonly List<(long Size, byte[] Hash)> frontier;

    private MerkleTree(long size, List<(long Size, byte[] Hash)> frontier)
    {
        Size = size;
        this.frontier = frontier;
    }

    public long Size { get; private set; }

    public static MerkleTree Empty() => new(0, []);

    /// <summary>The tree a checkpoint describes: its size and its stored frontier (<see cref="FrontierText"/>).</summary>
    public static MerkleTree Resume(long size, string frontierText)
    {
        var hashes = frontierText.Length == 0 ? [] : frontierText.Split(',').Select(Convert.FromHexString).ToList();
        var sizes = Decompose(size).ToList();
        if (hashes.Count != sizes.Count)
        {
            throw new FormatException($"A frontier of a tree of {size} leaves has {sizes.Count} hashes, not {hashes.Count}.");
        }

        return new MerkleTree(size, sizes.Zip(hashes).ToList());
    }

    /// <summary>RFC 9162: a leaf's hash is SHA-256(0x00 || data).</summary>
    public static byte[] LeafHash(ReadOnlySpan<byte> data)
    {
        var input = new byte[data.Length + 1];
        data.CopyTo(input.AsSpan(1));
        return SHA256.HashData(input);
    }

    /// <summary>RFC 9162: an interior node's hash is SHA-256(0x01 || left || right).</summary>
    public static byte[] NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        var input = new byte[1 + left.Length + right.Length];
        input[0] = 1;
        left.CopyTo(input.AsSpan(1));
        right.CopyTo(input.AsSpan(1 + left.Length));
        return SHA256.HashData(input);
    }

    public void Append(byte[] leafHash)
    {
        frontier.Add((1, leafHash));
        while (frontier.Count > 1 && frontier[^1].Size == frontier[^2].Size)
        {
            var (right, left) = (frontier[^1], frontier[^2]);
            frontier.RemoveRange(frontier.Count - 2, 2);
            frontier.Add((left.Size * 2, NodeHash(left.Hash, right.Hash)));
        }

        Size++;
    }

    /// <summary>The root: the frontier folded from the right (the hash of an empty tree is SHA-256 of nothing).</summary>
    public byte[] Root()
    {
        if (frontier.Count == 0)
        {
            return SHA256.HashData([]);
        }

        var root = frontier[^1].Hash;
        for (var i = frontier.Count - 2; i >= 0; i--)
        {
            root = NodeHash(frontier[i].Hash, root);
        }

        return root;
    }

    public string FrontierText => string.Join(',', frontier.Select(f => Convert.ToHexStringLower(f.Hash)));

    private static IEnumerable<long> Decompose(long size)
    {
        for (var bit = 62; bit >= 0; bit--)
        {
            if ((size & (1L << bit)) != 0)
            {
                yield return 1L << bit;
            }
        }
    }
}
