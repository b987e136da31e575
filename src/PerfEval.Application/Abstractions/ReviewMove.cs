namespace PerfEval.Application.Abstractions;

/// <summary>A review step to store: the head moves from <see cref="From"/> only if it is still there at <see cref="Version"/>.</summary>
public sealed record ReviewMove(ReviewKey Key, int Version, string From, string To, int? ApprovedVersion, string? Reason, string? By, DateTimeOffset At);
