import type { AnyRule } from '../../engine/types.js';
import { consumerVpnClient } from './consumer-vpn-client.js';
import { ipKvmDisplay } from './ip-kvm-display.js';
import { ipKvmUsbDevice } from './ip-kvm-usb-device.js';
import { keepAwakeTool } from './keep-awake-tool.js';
import { multipleRemoteAccessTools } from './multiple-remote-access-tools.js';
import { remoteAccessTool } from './remote-access-tool.js';
import { remoteToolEarlyInstall } from './remote-tool-early-install.js';

export {
  consumerVpnClient,
  ipKvmDisplay,
  ipKvmUsbDevice,
  keepAwakeTool,
  multipleRemoteAccessTools,
  remoteAccessTool,
  remoteToolEarlyInstall,
};

/** The `remote-access` category's rules. */
export const remoteAccessRules: readonly AnyRule[] = [
  remoteAccessTool,
  multipleRemoteAccessTools,
  remoteToolEarlyInstall,
  ipKvmUsbDevice,
  ipKvmDisplay,
  consumerVpnClient,
  keepAwakeTool,
];
