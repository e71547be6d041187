using System.Security.Cryptography;
using UnionHome.Platform.Audit;

namespace UnionHome.Tests.Audit;

public sealed class MerkleTreeTests
{
    [Fact]
    public void The_root_is_the_rfc_9162_merkle_tree_hash_for_every_size_up_to_70()
    {
        var leaves = Enumerable.Range(0, 70).Select(i => MerkleTree.LeafHash(BitConverter.GetBytes(i))).ToList();
        var tree = MerkleTree.Empty();
        tree.Root().ShouldBe(SHA256.HashData([]));

        foreach (var (leaf, size) in leaves.Select((l, i) => (l, i + 1)))
        {
            tree.Append(leaf);

            tree.Root().ShouldBe(Mth(leaves.Take(size).ToList()), $"size {size}");
        }
    }

    [Fact]
    public void A_tree_resumed_from_a_checkpoints_frontier_goes_on_as_if_it_had_never_stopped()
    {
        var leaves = Enumerable.Range(0, 45).Select(i => MerkleTree.LeafHash(BitConverter.GetBytes(i))).ToList();
        var whole = MerkleTree.Empty();
        var resumed = MerkleTree.Empty();
        foreach (var (leaf, i) in leaves.Select((l, i) => (l, i)))
        {
            whole.Append(leaf);
            resumed.Append(leaf);
            if (i % 7 == 3)
            {
                resumed = MerkleTree.Resume(resumed.Size, resumed.FrontierText);
            }
        }

        resumed.Root().ShouldBe(whole.Root());
        Should.Throw<FormatException>(() => MerkleTree.Resume(5, whole.FrontierText));
    }

    /// <summary>RFC 9162, 2.1.1, as written: split at the largest power of two below n.</summary>
    private static byte[] Mth(IReadOnlyList<byte[]> leaves)
    {
        if (leaves.Count == 1)
        {
            return leaves[0];
        }

        var k = 1;
        while (k * 2 < leaves.Count)
        {
            k *= 2;
        }

        return SHA256.HashData([1, .. Mth(leaves.Take(k).ToList()), .. Mth(leaves.Skip(k).ToList())]);
    }
}
