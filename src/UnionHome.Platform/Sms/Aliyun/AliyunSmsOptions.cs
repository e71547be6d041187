namespace UnionHome.Platform.Sms.Aliyun;

/// <summary>Access to Aliyun's Short Message Service (Dysmsapi), bound from <c>Sms:Aliyun</c>.</summary>
public sealed class AliyunSmsOptions
{
    public const string SectionName = "Sms:Aliyun";

    public Uri Endpoint { get; set; } = new("https://dysmsapi.aliyuncs.com/");

    public string AccessKeyId { get; set; } = "";

    public string AccessKeySecret { get; set; } = "";

    /// <summary>The approved sender signature (短信签名) Aliyun puts in brackets before every text.</summary>
    public string SignName { get; set; } = "";

    public string RegionId { get; set; } = "cn-hangzhou";
}
