import { DataSettings } from './DataSettings';
import { FeedbackSettings } from './FeedbackSettings';
import { FunctionsSettings } from './FunctionsSettings';
import { GeneralSettings } from './GeneralSettings';
import { PlaybooksSettings } from './PlaybooksSettings';
import { RegionsSettings } from './RegionsSettings';
import { StagesSettings } from './StagesSettings';
import './settings.css';

export function SettingsView() {
  return (
    <section className="view view--scroll" aria-labelledby="settings-title">
      <header className="view__header">
        <h1 id="settings-title">Settings</h1>
      </header>
      <div className="settings">
        <GeneralSettings />
        <StagesSettings />
        <RegionsSettings />
        <FunctionsSettings />
        <PlaybooksSettings />
        <FeedbackSettings />
        <DataSettings />
      </div>
    </section>
  );
}
