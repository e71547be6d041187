using UnionHome.Platform.Errors;

namespace UnionHome.Cases.Filing;

internal static class CaseErrors
{
    public static readonly Error ClientRequestIdRequired = Error.Validation("client_request_id_required", "请求缺少 clientRequestId（1至64个字符），重发时请带上同一个值", "clientRequestId");
    public static readonly Error InvalidCategory = Error.Validation("invalid_category", "求助类别应为 medical、psychological、legal、wage、injury、hardship 或 other", "category");
    public static readonly Error InvalidUrgency = Error.Validation("invalid_urgency", "紧急程度应为 normal、urgent 或 emergency", "urgency");
    public static readonly Error DescriptionRequired = Error.Validation("description_required", "请描述您遇到的情况（2至4000字）", "description");
    public static readonly Error RelationshipRequired = Error.Validation("relationship_required", "代他人求助时请写明被求助人姓名和您与其的关系", "onBehalfOf");
    public static readonly Error InvalidLocation = Error.Validation("invalid_location", "位置应为有效的经纬度，坐标系为 wgs84 或 gcj02", "location");
    public static readonly Error TooManyImages = Error.Validation("too_many_images", "最多上传5张图片", "images");
    public static readonly Error ImageTooLarge = Error.Validation("image_too_large", "每张图片不能超过5MB", "images");
    public static readonly Error RequestTooLarge = Error.TooLarge("request_too_large", "提交的内容过大：最多5张图片，每张不超过5MB");
    public static readonly Error InvalidBody = Error.Validation("invalid_body", "提交的内容格式不正确", "body");
    public static readonly Error ImageNotAllowed = Error.Validation("image_not_allowed", "图片应为 JPEG、PNG 或 WebP 格式", "images");
    public static readonly Error NoIntake = Error.Unavailable("no_intake_unit", "暂时无法受理求助，请拨打职工服务热线 12351");
    public static readonly Error CaseNotFound = Error.NotFound("case_not_found", "求助不存在");
    public static readonly Error MessageRequired = Error.Validation("message_required", "请填写内容（1至2000字）", "text");
    public static readonly Error CaseResolved = Error.Conflict("case_resolved", "该求助已办结");
    public static readonly Error NotResolved = Error.Conflict("case_not_resolved", "办结后才能评价");
    public static readonly Error AlreadyRated = Error.Conflict("already_rated", "您已评价过这次帮助");
    public static readonly Error InvalidScore = Error.Validation("invalid_score", "评分应为1至5的整数", "score");
    public static readonly Error ResolutionRequired = Error.Validation("resolution_required", "请填写给求助人的办理结果", "resolution");
    public static readonly Error ReasonRequired = Error.Validation("reason_required", "请填写原因", "reason");
    public static readonly Error AtTheTop = Error.Conflict("escalation_at_top", "已是最高一级工会，无法继续上报");
    public static readonly Error PoolMemberNotFound = Error.NotFound("pool_member_not_found", "专家或志愿者不存在，或不在本级及上级工会的库中");
    public static readonly Error Conflict = Error.Conflict("case_changed", "求助刚被他人处理过，请刷新后再试");
}
