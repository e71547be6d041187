using UnionHome.Platform.Errors;

namespace UnionHome.Events.Lottery;

internal static class LotteryErrors
{
    public static readonly Error LotteryNotFound = Error.NotFound("lottery_not_found", "抽签活动不存在或尚未发布");
    public static readonly Error NotALottery = Error.Conflict("not_a_lottery", "该活动为先到先得报名，不需要抽签");
    public static readonly Error EventCancelled = Error.Conflict("event_cancelled", "活动已取消，不能再抽签");
    public static readonly Error EventNotPublished = Error.Conflict("event_not_published", "活动尚未发布，发布并截止报名后才能抽签");
    public static readonly Error InvalidSeedHash = Error.Validation("invalid_seed_hash", "种子哈希应为64位小写十六进制的 SHA-256 值", "seedHash");
    public static readonly Error CommitAfterClose = Error.Conflict("commit_after_close", "报名已截止，种子哈希必须在报名截止前公布");
    public static readonly Error AlreadyCommitted = Error.Conflict("already_committed", "种子哈希已经公布，不能更改");
    public static readonly Error NotCommitted = Error.Conflict("not_committed", "尚未公布种子哈希，不能抽签");
    public static readonly Error RegistrationStillOpen = Error.Conflict("registration_still_open", "报名尚未截止，截止后才能抽签");
    public static readonly Error AlreadyDrawn = Error.Conflict("already_drawn", "本活动已经抽签，结果不能重抽");
    public static readonly Error SeedRequired = Error.Validation("seed_required", "种子由主办方保管，抽签时请提供与公布的哈希相符的种子", "seed");
    public static readonly Error InvalidSeed = Error.Validation("invalid_seed", "种子应为64位小写十六进制字符", "seed");
    public static readonly Error SeedMismatch = Error.Validation("seed_mismatch", "种子与事先公布的哈希不符，不能用于抽签", "seed");
}
