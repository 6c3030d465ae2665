/** Page models of readiness: a launch item's checklist (on its launch page) and the My work view. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The evidence question asked before a line without evidence is marked done. */
async function giveEvidence(page: Page, dialogName: string, evidence: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Evidence link or note' }).fill(evidence);
  await dialog.getByRole('button', { name: 'Mark done' }).click();
  await expect(dialog).toBeHidden();
}

export class ChecklistPage {
  constructor(readonly page: Page) {}

  /** The lines of one readiness function ("Support"). */
  list(functionName: string): Locator {
    return this.page.getByRole('list', { name: `${functionName} checklist`, exact: true });
  }

  group(functionName: string): Locator {
    return this.page.getByRole('region', { name: functionName, exact: true });
  }

  line(title: string): Locator {
    return this.page.getByRole('listitem', { name: title, exact: true });
  }

  async titles(functionName: string): Promise<string[]> {
    // The checklist may still be loading (a chunk of its own): wait for the function's list.
    await this.list(functionName).waitFor();
    const items = this.list(functionName).getByRole('listitem');
    return (await items.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')))) as string[];
  }

  async add(functionName: string, title: string) {
    const field = this.page.getByRole('textbox', { name: `Add to ${functionName}`, exact: true });
    await field.fill(title);
    await field.press('Enter');
    await expect(this.line(title)).toBeVisible();
  }

  status(title: string): Locator {
    return this.page.getByRole('combobox', { name: `Status of “${title}”`, exact: true });
  }

  owner(title: string): Locator {
    return this.page.getByRole('combobox', { name: `Owner of “${title}”`, exact: true });
  }

  /** Sets Done; the evidence dialog asks for a link or a note. */
  async markDone(title: string, evidence: string) {
    await this.status(title).selectOption({ label: 'Done' });
    await giveEvidence(this.page, `Evidence for “${title}”`, evidence);
    await expect(this.status(title)).toHaveValue('done');
  }

  handle(title: string): Locator {
    return this.page.getByRole('button', { name: `Move “${title}”`, exact: true });
  }

  select(title: string, options?: { shift?: boolean }) {
    return this.page
      .getByRole('checkbox', { name: `Select “${title}”`, exact: true })
      .click(options?.shift ? { modifiers: ['Shift'] } : undefined);
  }

  get bulk(): Locator {
    return this.page.getByRole('toolbar', { name: 'Selected readiness items' });
  }
}

export class MyWorkPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: /^My work/ })
      .click();
    await expect(this.page.getByRole('heading', { name: 'My work', level: 1 })).toBeVisible();
  }

  async iAm(name: string) {
    await this.page.getByRole('combobox', { name: 'I am', exact: true }).selectOption({ label: name });
  }

  get whose(): Locator {
    return this.page.getByRole('combobox', { name: 'Show the work of' });
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: 'Open readiness items' });
  }

  /** The lines named `title` of the launch item `launch`. */
  line(title: string, launch: string): Locator {
    return this.list.getByRole('listitem', { name: title, exact: true }).filter({
      has: this.page.getByRole('button', { name: `Open the readiness of “${launch}”`, exact: true }),
    });
  }

  /** The title and launch item of the n-th line (0 = the most urgent). */
  async lineAt(n: number): Promise<{ title: string; launch: string }> {
    const item = this.list.getByRole('listitem').nth(n);
    const title = (await item.getAttribute('aria-label'))!;
    const launch = (await item.locator('.mw-line__launch .link-button').innerText()).trim();
    return { title, launch };
  }

  async tickOff(title: string, launch: string, evidence: string) {
    await this.line(title, launch)
      .getByRole('checkbox', { name: `Mark “${title}” done` })
      .click();
    await giveEvidence(this.page, `Evidence for “${title}”`, evidence);
  }
}
