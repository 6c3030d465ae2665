/**
 * The main process: one instance at a time, secure defaults on every window and session,
 * the app:// protocol, the IPC contract and the native menu.
 */
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { join } from 'node:path';
import { MENU_COMMAND_CHANNEL } from '../../shared/ipc/contract';
import { bindIpc } from './ipc';
import { backUpBeforeQuit } from './backups';
import { menuTemplate, sendToWindow } from './menu';
import { registerAppScheme, serveAppFiles } from './protocol';
import { secureSession, secureWebContents } from './security';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;

// Tests (and people running two separate profiles) can point the app at another data folder.
if (process.env.LAUNCH_CONTROL_USER_DATA) app.setPath('userData', process.env.LAUNCH_CONTROL_USER_DATA);

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => secureWebContents(contents));

  // A last backup of what changed since the previous one, before the app quits.
  backUpBeforeQuit(app, () => BrowserWindow.getAllWindows());

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    secureSession(session.defaultSession);
    serveAppFiles(join(__dirname, '../renderer'));
    bindIpc();
    const showAbout = () =>
      void dialog.showMessageBox({
        type: 'info',
        title: 'About Launch Control',
        message: `Launch Control ${app.getVersion()}`,
        detail:
          'Plan and run betas, launches and regional rollouts. Works offline; your data stays on this computer.',
      });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(
          (command) =>
            sendToWindow(BrowserWindow.getFocusedWindow() ?? mainWindow, MENU_COMMAND_CHANNEL, command),
          {
            isDev: !app.isPackaged,
            platform: process.platform,
            showAbout,
          },
        ),
      ),
    );
    mainWindow = await createMainWindow();
    mainWindow.on('closed', () => (mainWindow = null));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0)
        void createMainWindow().then((window) => (mainWindow = window));
    });
  });
}
