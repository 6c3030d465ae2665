/**
 * The launch page's Overview: the item's fields in the same form as the side panel
 * (ItemEditor.tsx), saved with Save and kept while the person looks at other tabs. Cancel
 * puts the stored values back, asking first when something would be lost.
 */
import { useState } from 'react';
import { confirmLeave } from '../../state/leave-guard';
import { ItemEditor } from './ItemEditor';
import { MilestonesSection } from './MilestonesSection';

export function OverviewTab({ itemId }: { itemId: string }) {
  // A new key starts the form afresh from what is stored.
  const [generation, setGeneration] = useState(0);
  return (
    <>
      <ItemEditor
        key={generation}
        itemId={itemId}
        place="page"
        onSaved={() => undefined}
        onCancel={() =>
          void confirmLeave(['page']).then((discard) => {
            if (discard) setGeneration((g) => g + 1);
          })
        }
      />
      <MilestonesSection itemId={itemId} />
    </>
  );
}
