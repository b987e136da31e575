using PerfEval.Api;

var builder = WebApplication.CreateBuilder(args);
builder.AddPerfEval();

var app = builder.Build();
app.UsePerfEval();
app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
