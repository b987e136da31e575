using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Monitoring;

/// <summary>The year-end 预算执行率 forecast at a period and what it would score under a profile.</summary>
public sealed record ExecutionForecastResult(decimal? ElapsedShare, decimal? ForecastExecutionRate, string Profile, string ProfileVersion, decimal? Weight,
    decimal? ForecastScore, string Explanation);

/// <summary>
/// Forecasts the year-end budget execution rate from a monitoring period by linear extrapolation of the cumulative
/// execution at the period's end over the share of the year elapsed (<see cref="YearElapsed"/>), capped at 100 %, and
/// scores it with the profile's 预算执行率 item (weight × min(1, 全年执行数/全年预算数), the 自评表 heading of
/// 财预〔2020〕10号). A profile that scores no 预算执行率 item (the 2013 common-indicator framework) gives no score.
/// A period without an end date (no threshold applies) or without a rate gives no forecast.
/// </summary>
public static class ExecutionForecast
{
    public static ExecutionForecastResult Forecast(decimal? executionRate, int fiscalYear, DateOnly? periodEndsOn, ScoringProfile profile)
    {
        var share = periodEndsOn is { } ends ? YearElapsed.Share(fiscalYear, ends) : (decimal?)null;
        if (executionRate is not { } rate || share is not > 0m)
        {
            var why = executionRate is null ? "The period states no usable 全年预算数 and 累计执行数." : "No threshold gives the period's end date, so the share of the year elapsed is unknown.";
            return new(share, null, profile.Id, profile.Version, null, null, why);
        }
        var forecast = Rounding.Round2(Math.Min(100m, Math.Max(0m, rate) / share.Value));
        var elapsed = Rounding.Round2(share.Value * 100m);
        if (profile.Kind != ProfileKinds.SelfEvaluationTable)
            return new(share, forecast, profile.Id, profile.Version, null, null,
                $"{rate}% executed with {elapsed}% of the year elapsed: {forecast}% by year end; profile {profile.Id} scores no 预算执行率 item.");
        var weight = profile.BudgetExecutionWeight;
        var score = SelfEvaluationScorer.BudgetExecutionPoints(weight, forecast / 100m);
        return new(share, forecast, profile.Id, profile.Version, weight, score,
            $"{rate}% executed with {elapsed}% of the year elapsed: {forecast}% by year end (capped at 100%); score = {weight} × min(1, rate) = {score}.");
    }
}
