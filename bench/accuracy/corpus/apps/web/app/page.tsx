import { ModelPicker } from './components/ModelPicker';

export default function Home() {
  return (
    <main>
      <h1>Acme Assist</h1>
      <ModelPicker value="claude-sonnet-4-6" onChange={() => {}} />
    </main>
  );
}
