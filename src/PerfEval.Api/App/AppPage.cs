using Microsoft.Extensions.FileProviders;

namespace PerfEval.Api.App;

/// <summary>
/// The built-in dashboard page at /app: static files from wwwroot/app that talk to the JSON API with the key the
/// user enters. Everything, the chart library included, is served from this host (no CDN).
/// </summary>
public static class AppPage
{
    public const string RoutePrefix = "/app";

    // ECharts sets element styles and tooltips carry inline styles, hence 'unsafe-inline' for styles only.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static WebApplication UseAppPage(this WebApplication app)
    {
        var folder = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "app");
        if (!Directory.Exists(folder))
        {
            app.Logger.LogWarning("The /app page is not served: {Folder} does not exist", folder);
            return app;
        }
        var files = new PhysicalFileProvider(folder);
        app.UseWhen(context => context.Request.Path.StartsWithSegments(RoutePrefix), branch => branch.Use(async (context, next) =>
        {
            if (context.Request.Path.Value == RoutePrefix)
            {
                context.Response.Redirect(RoutePrefix + "/" + context.Request.QueryString, permanent: false);
                return;
            }
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            context.Response.Headers.CacheControl = "no-cache";
            await next(context);
        }));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = RoutePrefix });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = RoutePrefix });
        return app;
    }
}
