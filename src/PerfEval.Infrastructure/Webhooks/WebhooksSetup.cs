using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Jobs;
using PerfEval.Infrastructure.Repositories;

namespace PerfEval.Infrastructure.Webhooks;

public static class WebhooksSetup
{
    public static IServiceCollection AddPerfEvalWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.Section));
        services.AddSingleton<IWebhookSecretProtector, WebhookSecretProtector>();
        services.AddScoped<IWebhookSubscriptionRepository, WebhookSubscriptionRepository>();
        services.AddScoped<IWebhookOutbox, WebhookOutbox>();
        services.AddScoped<WebhookSender>();
        services.AddScoped<WebhookJobs>();
        services.AddSingleton<IWebhookTargetPolicy, WebhookTargetPolicy>();
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigureHttpClient((sp, client) => client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<WebhookOptions>>().Value.TimeoutSeconds))
            // A receiver answers for itself: a redirect is an answer (3xx, retried), never followed to another host.
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false };
                if (!sp.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowNonPublicTargets)
                {
                    // The check must see the receiver's own addresses, so deliveries go direct (an egress proxy would
                    // have to enforce the rule itself).
                    handler.UseProxy = false;
                    handler.ConnectCallback = WebhookConnector.System.ConnectAsync;
                }
                return handler;
            });

        if (HostRoles.From(configuration).Worker && Assembly.GetEntryAssembly()?.GetName().Name != "GetDocument.Insider")
            services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
