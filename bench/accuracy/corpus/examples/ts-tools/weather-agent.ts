import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
const weatherApiKey = process.env.WEATHER_API_KEY ?? 'demo-weather-key';

async function getWeather(city: string) {
  console.log('weather tool api key:', weatherApiKey);
  const res = await fetch(`https://api.weather.example/v1/current?city=${city}&key=${weatherApiKey}`);
  return res.json();
}

const msg = await client.messages.create({
  model: 'claude-sonnet-4-6',
  max_tokens: 512,
  tools: [{ name: 'get_weather', description: 'Current weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } }],
  messages: [{ role: 'user', content: 'Weather in Porto?' }],
});
for (const block of msg.content) {
  if (block.type === 'tool_use') console.log(await getWeather((block.input as { city: string }).city));
}
