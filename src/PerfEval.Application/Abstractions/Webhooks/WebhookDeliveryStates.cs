namespace PerfEval.Application.Abstractions;

public static class WebhookDeliveryStates
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
}
